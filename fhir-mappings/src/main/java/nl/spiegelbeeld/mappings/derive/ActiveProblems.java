package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.EpisodeStatus;

/**
 * Whether a problem is active on P (indicators.md §1, Problems): not refuted or entered in error
 * (episode not cancelled or entered in error); onset ≤ P or absent; no end on or before P; not
 * recorded as ended without an end date. Any one qualifying source (Condition or EpisodeOfCare) is
 * enough.
 */
public final class ActiveProblems {

  private ActiveProblems() {}

  /** True when {@code problem} (whatever its code) is active on {@code p}. */
  public static boolean isActiveOn(ProblemFact problem, LocalDate p) {
    if (problem.refuted() || problem.enteredInError()) {
      return false;
    }
    EpisodeStatus status = problem.episodeStatus();
    if (status == EpisodeStatus.CANCELLED || status == EpisodeStatus.ENTERED_IN_ERROR) {
      return false;
    }
    if (problem.onset() != null && problem.onset().isAfter(p)) {
      return false;
    }
    if (problem.end() != null && !problem.end().isAfter(p)) {
      return false;
    }
    return !problem.endedWithoutDate();
  }

  /** The problems with a code of {@code valueSet} that are active on {@code p}. */
  public static List<ProblemFact> activeOn(
      Collection<ProblemFact> problems, CodeList valueSet, LocalDate p) {
    return problems.stream()
        .filter(f -> valueSet.containsAny(f.codes()))
        .filter(f -> isActiveOn(f, p))
        .toList();
  }

  /** True when any source carries an active problem of {@code valueSet} on {@code p}. */
  public static boolean hasActive(
      Collection<ProblemFact> problems, CodeList valueSet, LocalDate p) {
    return !activeOn(problems, valueSet, p).isEmpty();
  }
}
