package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;

/**
 * At least one criterion holds.
 *
 * <pre>{@code {"type": "anyOf", "criteria": [{...}, {...}]}}</pre>
 */
public record AnyOf(List<Criterion> criteria) implements Criterion {

  public AnyOf {
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException("anyOf needs at least one criterion");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    for (Criterion c : criteria) {
      if (c.test(patient, parameters)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String describe() {
    return "ten minste één van de volgende";
  }

  @Override
  public List<Criterion> children() {
    return criteria;
  }
}
