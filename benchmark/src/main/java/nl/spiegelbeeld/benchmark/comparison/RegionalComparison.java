package nl.spiegelbeeld.benchmark.comparison;

import java.util.List;
import java.util.OptionalLong;

/**
 * A view over several groups (regional) or all practices (national): no practice is shown, and the
 * disclosure rule for views beyond the group applies (indicators.md section 5): figures only over
 * at least 5 practices; counts of 7 or less redacted, the others rounded to 5; the percentage is
 * computed from the rounded counts, so it reveals nothing the counts do not. Pure.
 */
public final class RegionalComparison {

  private RegionalComparison() {}

  /**
   * @param disclosed false when fewer than 5 practices have usable counts; then every figure is
   *     null and {@code reason} says why
   * @param practices how many practices have usable (unsuppressed) counts
   * @param numerator rounded to 5, null when redacted (7 or less)
   * @param denominator rounded to 5, null when redacted
   */
  public record View(
      GroupComparison.MeasureInfo measure,
      GroupComparison.PeriodInfo period,
      List<Long> groups,
      boolean disclosed,
      String reason,
      int practices,
      int leftOutForSuppression,
      Long numerator,
      Long denominator,
      Double percentage,
      Double median,
      List<Double> deciles,
      Double best10) {}

  /**
   * @param groups the group ids the view is over; empty for the national view
   * @param rows the current results of the practices in scope for one version and period
   */
  public static View of(
      GroupComparison.MeasureInfo measure,
      GroupComparison.PeriodInfo period,
      List<Long> groups,
      List<ResultRow> rows,
      boolean lowerIsBetter,
      boolean ranked) {
    List<Performance> usable =
        rows.stream().filter(ResultRow::usable).map(ResultRow::performance).toList();
    int leftOut = (int) rows.stream().filter(r -> !r.usable() && suppressed(r)).count();
    if (!Disclosure.enoughPractices(usable.size())) {
      return new View(
          measure,
          period,
          groups,
          false,
          "Minder dan "
              + Disclosure.MIN_PRACTICES
              + " praktijken met bruikbare cijfers; buiten de eigen groep tonen we dan niets.",
          usable.size(),
          leftOut,
          null,
          null,
          null,
          null,
          List.of(),
          null);
    }
    GroupComparison.Total total = GroupComparison.total(usable);
    OptionalLong x = Disclosure.count(total.numerator());
    OptionalLong d = Disclosure.count(total.denominator());
    GroupComparison.Distribution distribution = GroupComparison.distribution(usable);
    Double best =
        ranked
            ? AchievableBenchmark.of(usable, lowerIsBetter)
                .map(a -> Percent.of(a.value()))
                .orElse(null)
            : null;
    return new View(
        measure,
        period,
        groups,
        true,
        null,
        usable.size(),
        leftOut,
        x.isPresent() ? x.getAsLong() : null,
        d.isPresent() ? d.getAsLong() : null,
        x.isPresent() && d.isPresent() ? Percent.of(x.getAsLong(), d.getAsLong()) : null,
        distribution.median(),
        distribution.deciles(),
        best);
  }

  private static boolean suppressed(ResultRow r) {
    return r.denominator() == null || r.numerator() == null;
  }
}
