package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Treatment starts of a class (indicators.md §1, FP start): the start of an interval with no
 * interval of the class (unmerged) overlapping {@code [start − 365 d, start)}.
 */
public final class TreatmentStarts {

  /** The look-back of indicators.md §1: 365 days. */
  public static final int LOOKBACK_DAYS = 365;

  private TreatmentStarts() {}

  /** Every start date of {@code classIntervals} that is a treatment start, ascending, distinct. */
  public static List<LocalDate> of(Collection<ExposureInterval> classIntervals, int lookbackDays) {
    return classIntervals.stream()
        .map(ExposureInterval::start)
        .distinct()
        .filter(
            s -> classIntervals.stream().noneMatch(o -> o.overlaps(s.minusDays(lookbackDays), s)))
        .sorted()
        .toList();
  }

  /** The first treatment start in {@code [from, toInclusive]} ("the first counts"). */
  public static Optional<LocalDate> firstIn(
      Collection<ExposureInterval> classIntervals, LocalDate from, LocalDate toInclusive) {
    return of(classIntervals, LOOKBACK_DAYS).stream()
        .filter(s -> !s.isBefore(from) && !s.isAfter(toInclusive))
        .findFirst();
  }
}
