package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;

/**
 * Every criterion holds (evaluated in order, stopping at the first that does not).
 *
 * <pre>{@code {"type": "allOf", "criteria": [{...}, {...}]}}</pre>
 */
public record AllOf(List<Criterion> criteria) implements Criterion {

  public AllOf {
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("allOf needs at least one criterion");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    for (Criterion c : criteria) {
      if (!c.test(patient, parameters)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String describe() {
    return "alle volgende";
  }

  @Override
  public List<Criterion> children() {
    return criteria;
  }
}
