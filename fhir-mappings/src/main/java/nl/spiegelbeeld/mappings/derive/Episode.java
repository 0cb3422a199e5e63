package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * A treatment episode: exposure intervals of one class merged across gaps of at most G days
 * (indicators.md §1, Episodes). Its length {@code endExclusive − start} includes bridged gaps.
 *
 * @param intervals the merged intervals, sorted by start
 */
public record Episode(LocalDate start, LocalDate endExclusive, List<ExposureInterval> intervals) {

  public Episode {
    intervals = List.copyOf(intervals);
    if (intervals.isEmpty() || !endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("an episode needs intervals and at least one day");
    }
  }

  /** Length in days, bridged gaps included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /**
   * The ATC code of the most recently started interval (ties: the later end, then the lowest code).
   */
  public String agent() {
    return Collections.max(intervals, ExposureInterval.RECENCY).atc();
  }

  /** The most recently started interval ({@link ExposureInterval#RECENCY}). */
  public ExposureInterval lastStarted() {
    return Collections.max(intervals, ExposureInterval.RECENCY);
  }

  /** Days of this episode inside {@code [from, toInclusive]}. */
  public long daysWithin(LocalDate from, LocalDate toInclusive) {
    LocalDate s = start.isBefore(from) ? from : start;
    LocalDate e =
        endExclusive.isAfter(toInclusive.plusDays(1)) ? toInclusive.plusDays(1) : endExclusive;
    return Math.max(0, ChronoUnit.DAYS.between(s, e));
  }
}
