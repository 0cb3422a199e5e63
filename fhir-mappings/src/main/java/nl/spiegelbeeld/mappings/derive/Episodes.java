package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Treatment episodes of one patient and one class (indicators.md §1, Episodes, Current user,
 * Stopped, Agent).
 */
public final class Episodes {

  /** G, the default allowed gap in days (a parameter). */
  public static final int DEFAULT_GAP_DAYS = 90;

  /** Days per year for "years = days / 365.25". */
  public static final double DAYS_PER_YEAR = 365.25;

  private Episodes() {}

  /**
   * Sorts {@code intervals} by start and merges them: the gap to the next interval is {@code
   * next.start − largest endExclusive so far}; a gap ≤ {@code gapDays} joins (0: only overlapping
   * or touching intervals join).
   */
  public static List<Episode> merge(Collection<ExposureInterval> intervals, int gapDays) {
    List<ExposureInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(
        Comparator.comparing(ExposureInterval::start)
            .thenComparing(ExposureInterval::endExclusive));
    List<Episode> episodes = new ArrayList<>();
    List<ExposureInterval> current = new ArrayList<>();
    LocalDate start = null;
    LocalDate end = null;
    for (ExposureInterval i : sorted) {
      if (end != null && !i.start().isAfter(end.plusDays(gapDays))) {
        current.add(i);
        end = i.endExclusive().isAfter(end) ? i.endExclusive() : end;
        continue;
      }
      if (end != null) {
        episodes.add(new Episode(start, end, current));
      }
      current = new ArrayList<>(List.of(i));
      start = i.start();
      end = i.endExclusive();
    }
    if (end != null) {
      episodes.add(new Episode(start, end, current));
    }
    return episodes;
  }

  /** Cumulative duration: the sum of the episodes' lengths, in days. */
  public static long cumulativeDays(Collection<Episode> episodes) {
    return episodes.stream().mapToLong(Episode::days).sum();
  }

  /** Days as years ({@code days / 365.25}). */
  public static double years(long days) {
    return days / DAYS_PER_YEAR;
  }

  /** Current user on P: an episode with {@code endExclusive + G > P}. */
  public static boolean isCurrentUser(Collection<Episode> episodes, LocalDate p, int gapDays) {
    return episodes.stream().anyMatch(e -> e.endExclusive().plusDays(gapDays).isAfter(p));
  }

  /** Stopped on P: there is a last episode and its {@code endExclusive + G ≤ P}. */
  public static boolean isStopped(List<Episode> episodes, LocalDate p, int gapDays) {
    return last(episodes).map(e -> !e.endExclusive().plusDays(gapDays).isAfter(p)).orElse(false);
  }

  /** The episode with the latest start. */
  public static Optional<Episode> last(List<Episode> episodes) {
    return episodes.stream().max(Comparator.comparing(Episode::start));
  }

  /**
   * The agent of a patient for a class: the ATC code of the most recently started interval (ties:
   * the later end, then the lowest code); empty without intervals.
   */
  public static Optional<String> agent(Collection<ExposureInterval> intervals) {
    return intervals.stream().max(ExposureInterval.RECENCY).map(ExposureInterval::atc);
  }
}
