package nl.spiegelbeeld.benchmark.measure;

import io.javalin.http.Context;

/**
 * {@code GET /measures}: the indicator versions the benchmark accepts, so the app can tell before
 * sharing which of its results the benchmark knows.
 */
public final class MeasuresHandler {

  private final MeasureStore measures;

  public MeasuresHandler(MeasureStore measures) {
    this.measures = measures;
  }

  public void all(Context ctx) {
    ctx.json(measures.all());
  }
}
