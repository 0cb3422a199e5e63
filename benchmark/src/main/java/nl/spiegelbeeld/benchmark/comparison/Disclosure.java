package nl.spiegelbeeld.benchmark.comparison;

import java.util.OptionalLong;

/**
 * Disclosure control for views beyond the group (indicators.md section 5, the OpenSAFELY rule): a
 * figure needs at least {@link #MIN_PRACTICES} practices; counts of 7 or less are redacted, the
 * others rounded to the nearest 5.
 */
public final class Disclosure {

  public static final int MIN_PRACTICES = 5;
  static final int REDACT_AT_OR_BELOW = 7;

  private Disclosure() {}

  /** The count as it may be shown, or empty when redacted. */
  public static OptionalLong count(long count) {
    if (count <= REDACT_AT_OR_BELOW) {
      return OptionalLong.empty();
    }
    // Halves cannot occur: count / 5 is a whole number plus 0.2, 0.4, 0.6 or 0.8.
    return OptionalLong.of(Math.round(count / 5.0) * 5);
  }

  public static boolean enoughPractices(int practices) {
    return practices >= MIN_PRACTICES;
  }
}
