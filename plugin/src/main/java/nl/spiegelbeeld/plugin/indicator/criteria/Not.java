package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;

/**
 * The criterion does not hold.
 *
 * <pre>{@code {"type": "not", "criterion": {...}}}</pre>
 */
public record Not(Criterion criterion) implements Criterion {

  public Not {
    Objects.requireNonNull(criterion, "criterion");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return !criterion.test(patient, parameters);
  }

  @Override
  public String describe() {
    return "niet";
  }

  @Override
  public List<Criterion> children() {
    return List.of(criterion);
  }
}
