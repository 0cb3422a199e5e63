package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * A half-open exposure interval {@code [start, endExclusive)} of one agent: {@code endExclusive} is
 * the first day without the medication (indicators.md §1, Exposure interval).
 *
 * @param atc the agent's ATC code (intervals are class-agnostic; classes filter by code list)
 * @param start first day of use
 * @param endExclusive first day without
 * @param agreementId the MedicationRequest it came from (local id), for worklists
 */
public record ExposureInterval(
    String atc, LocalDate start, LocalDate endExclusive, String agreementId) {

  /**
   * Order of recency for "the agent" (indicators.md §1, Agent): later start, then later end, then
   * the lowest code is the most recent (the maximum).
   */
  public static final Comparator<ExposureInterval> RECENCY =
      Comparator.comparing(ExposureInterval::start)
          .thenComparing(ExposureInterval::endExclusive)
          .thenComparing(ExposureInterval::atc, Comparator.reverseOrder());

  public ExposureInterval {
    Objects.requireNonNull(atc, "atc");
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("empty interval " + start + ".." + endExclusive);
    }
  }

  /** Number of days of use. */
  public long days() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /** True when the interval shares a day with {@code [from, toExclusive)}. */
  public boolean overlaps(LocalDate from, LocalDate toExclusive) {
    return start.isBefore(toExclusive) && endExclusive.isAfter(from);
  }
}
