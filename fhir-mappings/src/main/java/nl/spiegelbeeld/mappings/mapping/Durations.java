package nl.spiegelbeeld.mappings.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Quantity;

/**
 * A FHIR Duration as a calendar {@link Period} (indicators.md §1, rule 1): {@code d}; {@code wk} =
 * 7 days; {@code mo} and {@code a} as calendar months and years. The UCUM code is read first, else
 * the unit text (Dutch or English). A fractional amount is converted to whole days, rounded up
 * (months as 30.4375 days, years as 365.25): rare, and a day more is the cautious side for
 * coverage.
 */
final class Durations {

  private enum Unit {
    DAY(BigDecimal.ONE),
    WEEK(BigDecimal.valueOf(7)),
    MONTH(new BigDecimal("30.4375")),
    YEAR(new BigDecimal("365.25"));

    private final BigDecimal days;

    Unit(BigDecimal days) {
      this.days = days;
    }
  }

  private static final Map<String, Unit> UNITS =
      Map.ofEntries(
          Map.entry("d", Unit.DAY),
          Map.entry("day", Unit.DAY),
          Map.entry("days", Unit.DAY),
          Map.entry("dag", Unit.DAY),
          Map.entry("dagen", Unit.DAY),
          Map.entry("wk", Unit.WEEK),
          Map.entry("week", Unit.WEEK),
          Map.entry("weeks", Unit.WEEK),
          Map.entry("weken", Unit.WEEK),
          Map.entry("mo", Unit.MONTH),
          Map.entry("month", Unit.MONTH),
          Map.entry("months", Unit.MONTH),
          Map.entry("maand", Unit.MONTH),
          Map.entry("maanden", Unit.MONTH),
          Map.entry("a", Unit.YEAR),
          Map.entry("year", Unit.YEAR),
          Map.entry("years", Unit.YEAR),
          Map.entry("jaar", Unit.YEAR),
          Map.entry("jaren", Unit.YEAR));

  private Durations() {}

  /** The duration as a period; empty when absent, not positive or in an unknown unit. */
  static Optional<Period> toPeriod(Quantity duration) {
    if (duration == null || !duration.hasValue()) {
      return Optional.empty();
    }
    String key = duration.hasCode() ? duration.getCode() : duration.getUnit();
    Unit unit = key == null ? null : UNITS.get(key.trim().toLowerCase(Locale.ROOT));
    BigDecimal value = duration.getValue();
    if (unit == null || value.signum() <= 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(period(value, unit));
    } catch (ArithmeticException tooLarge) {
      return Optional.empty();
    }
  }

  private static Period period(BigDecimal value, Unit unit) {
    if (value.stripTrailingZeros().scale() <= 0) {
      int n = value.intValueExact();
      return switch (unit) {
        case DAY -> Period.ofDays(n);
        case WEEK -> Period.ofWeeks(n);
        case MONTH -> Period.ofMonths(n);
        case YEAR -> Period.ofYears(n);
      };
    }
    return Period.ofDays(
        value.multiply(unit.days).setScale(0, RoundingMode.CEILING).intValueExact());
  }

  /** True when a duration is given but cannot be used (unknown unit, not positive). */
  static boolean unusable(Quantity duration) {
    return duration != null && !duration.isEmpty() && toPeriod(duration).isEmpty();
  }
}
