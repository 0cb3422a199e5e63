package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A window of dates ending on the peildatum P: {@code (P − length, P]}. The measurement period
 * {@code [P − 364, P]} is {@code P365D}, the lab window of module nierfunctie {@code [P − 729, P]}
 * is {@code P730D}, "in {@code (P − 5 y, P]}" is {@code P5Y} (indicators.md §1, §2, §3).
 *
 * <p>JSON: an ISO-8601 period, e.g. {@code "P365D"}, {@code "P5Y"}.
 *
 * @param length how far the window reaches back from P (the first date is {@code P − length + 1
 *     day})
 */
public record Window(Period length) {

  public Window {
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("a window must be longer than zero days: " + length);
    }
  }

  /** Parses an ISO-8601 period such as {@code P365D}. */
  public static Window parse(String iso) {
    return new Window(Period.parse(iso));
  }

  /** The first date in the window on {@code p}. */
  public LocalDate firstDay(LocalDate p) {
    return p.minus(length).plusDays(1);
  }

  /** True when {@code date} lies in {@code (P − length, P]}. */
  public boolean contains(LocalDate date, LocalDate p) {
    return !date.isBefore(firstDay(p)) && !date.isAfter(p);
  }

  @Override
  public String toString() {
    return length.toString();
  }
}
