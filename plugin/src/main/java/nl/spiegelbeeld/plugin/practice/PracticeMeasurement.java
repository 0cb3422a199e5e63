package nl.spiegelbeeld.plugin.practice;

import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;

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
}
