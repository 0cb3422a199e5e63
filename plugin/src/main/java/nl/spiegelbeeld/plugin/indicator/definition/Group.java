package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;

/**
 * An extra group of an indicator: the same initial population and denominator with a numerator of
 * its own (OST-09a..d: each lab component reported as its own group).
 *
 * @param code e.g. {@code OST-09a}
 * @param title Dutch; also how a worklist names the group when it is not met
 */
public record Group(String code, String title, Criterion numerator) {

  public Group {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(numerator, "numerator");
  }
}
