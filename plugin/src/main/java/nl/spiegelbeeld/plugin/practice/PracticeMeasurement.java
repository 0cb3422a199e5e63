package nl.spiegelbeeld.plugin.practice;

import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.indicator.engine.Run;

/**
 * A practice's data with the engine's evaluation of it on the data's peildatum: what the cache
 * holds, the screens show and sharing summarises.
 */
public record PracticeMeasurement(PracticeData data, Evaluation evaluation) {

  public PracticeMeasurement {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(evaluation, "evaluation");
    if (!evaluation.referenceDate().equals(data.referenceDate())) {
      throw new IllegalArgumentException("evaluation and data are for different peildata");
    }
  }

  /** Evaluates every patient of {@code data} for its practice on its peildatum. */
  public static PracticeMeasurement evaluate(Engine engine, PracticeData data) {
    Run run = engine.start(data.practice().population(), data.referenceDate());
    for (PatientInput patient : data.patients()) {
      run.add(patient);
    }
    run.addUnattributed(data.unattributed());
    return new PracticeMeasurement(data, run.finish());
  }
}
