package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one group (the indicator itself, or an extra group such as OST-09a): counts overall
 * and per stratifier, and (local only) the patients in each population.
 *
 * @param subjects patient ids per population code ({@code initial-population}, {@code denominator},
 *     {@code numerator}, …), for the subject-list report
 */
public record GroupResult(
    String code,
    String title,
    Counts counts,
    List<StratifierResult> stratifiers,
    Map<String, List<String>> subjects) {

  public GroupResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(counts, "counts");
    stratifiers = List.copyOf(stratifiers);
    subjects = Map.copyOf(subjects);
  }
}
