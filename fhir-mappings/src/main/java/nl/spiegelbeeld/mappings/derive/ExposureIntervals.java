package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/**
 * One patient's medication agreements → exposure intervals on a reference date P (indicators.md §1,
 * Exposure interval):
 *
 * <ul>
 *   <li>stop type {@code CANCELLED} (geannuleerd): the agreement is ignored;
 *   <li>an open agreement (start, no end, no duration, status active) runs until the start of the
 *       next agreement of the same treatment, else to P (a registration problem when it started
 *       more than 365 days before P);
 *   <li>a stop agreement ends, at its period end (or its {@code authoredOn}), every interval of the
 *       same treatment still open then; it adds an interval of its own only when it has an explicit
 *       period of use;
 *   <li>only intervals with {@code start ≤ P}; every end cut at {@code P + 1}; unclassified
 *       medication gives no interval (it was counted when mapped).
 * </ul>
 *
 * <p>"Same treatment": equal Nictiz treatment identifiers when both agreements have one, else the
 * same ATC code (the patient is the same by construction).
 *
 * <p>"Still open then" (a choice, indicators.md does not say it at day level): an interval that
 * started before the day of the stop moment and ends after the stop. An agreement starting on the
 * stop day itself is the new agreement of an MP9 change (stop the old, start the new on the same
 * day) and is not ended.
 */
public final class ExposureIntervals {

  private static final String TYPE = "MedicationRequest";

  private static final Comparator<ExposureInterval> ORDER =
      Comparator.comparing(ExposureInterval::start)
          .thenComparing(ExposureInterval::endExclusive)
          .thenComparing(ExposureInterval::atc)
          .thenComparing(
              ExposureInterval::agreementId, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Intervals sorted by start, end, code; with the registration problems found on P. */
  public record Result(List<ExposureInterval> intervals, List<RegistrationProblem> problems) {
    public Result {
      intervals = List.copyOf(intervals);
      problems = List.copyOf(problems);
    }
  }

  /**
   * A stop: intervals started before {@code day} and ending after {@code endExclusive} end then.
   */
  private record Stop(int agreement, LocalDate day, LocalDate endExclusive) {}

  /** An interval being built, with the agreement it came from. */
  private static final class Draft {
    final int agreement;
    final LocalDate start;
    LocalDate endExclusive;

    Draft(int agreement, LocalDate start, LocalDate endExclusive) {
      this.agreement = agreement;
      this.start = start;
      this.endExclusive = endExclusive;
    }
  }

  private ExposureIntervals() {}

  public static Result of(List<MedicationAgreementFact> agreementsOfOnePatient, LocalDate p) {
    List<MedicationAgreementFact> used =
        agreementsOfOnePatient.stream().filter(a -> a.stopType() != StopType.CANCELLED).toList();
    if (used.stream().map(MedicationAgreementFact::patientId).distinct().count() > 1) {
      throw new IllegalArgumentException("agreements of more than one patient");
    }
    List<RegistrationProblem> problems = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    List<Stop> stops = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      MedicationAgreementFact a = used.get(i);
      if (a.stopType() == StopType.STOP) {
        stops.add(stop(i, a));
        if (a.plannedEndExclusive().isEmpty()) {
          continue;
        }
      }
      LocalDate end =
          a.plannedEndExclusive().isPresent() ? a.plannedEndExclusive().get() : openEnd(used, i, p);
      drafts.add(new Draft(i, a.start(), end));
    }
    for (Stop s : stops) {
      for (Draft d : drafts) {
        if (d.agreement != s.agreement()
            && sameTreatment(used.get(d.agreement), used.get(s.agreement()))
            && d.start.isBefore(s.day())
            && d.endExclusive.isAfter(s.endExclusive())) {
          d.endExclusive = s.endExclusive();
        }
      }
    }
    List<ExposureInterval> intervals = new ArrayList<>();
    LocalDate cut = p.plusDays(1);
    for (Draft d : drafts) {
      MedicationAgreementFact a = used.get(d.agreement);
      LocalDate end = d.endExclusive.isAfter(cut) ? cut : d.endExclusive;
      if (a.atc() == null || d.start.isAfter(p) || !end.isAfter(d.start)) {
        continue;
      }
      if (a.isOpen() && end.equals(cut) && a.start().isBefore(p.minusDays(365))) {
        problems.add(
            RegistrationProblem.of(
                RegistrationProblem.Kind.OPEN_AGREEMENT_OLDER_THAN_A_YEAR, TYPE, a.resourceId()));
      }
      intervals.add(new ExposureInterval(a.atc(), d.start, end, a.resourceId()));
    }
    intervals.sort(ORDER);
    return new Result(intervals, problems);
  }

  /** The intervals whose ATC code is in {@code atcClass} (e.g. {@code atc-bisfosfonaten}). */
  public static List<ExposureInterval> inClass(
      Collection<ExposureInterval> intervals, CodeList atcClass) {
    return intervals.stream().filter(i -> atcClass.contains(CodeSystems.ATC, i.atc())).toList();
  }

  /**
   * The stop moment: the period end when the stop agreement has one (day = its last day of use),
   * else {@code authoredOn} (day = that date, the first day without).
   */
  private static Stop stop(int index, MedicationAgreementFact a) {
    return a.plannedEndExclusive()
        .map(end -> new Stop(index, end.minusDays(1), end))
        .orElseGet(
            () -> {
              LocalDate day = Objects.requireNonNullElse(a.authoredOn(), a.start());
              return new Stop(index, day, day);
            });
  }

  /** Until the start of the next agreement of the same treatment, else P + 1 (cut later). */
  private static LocalDate openEnd(List<MedicationAgreementFact> used, int index, LocalDate p) {
    MedicationAgreementFact a = used.get(index);
    LocalDate end = p.plusDays(1);
    for (int j = 0; j < used.size(); j++) {
      MedicationAgreementFact b = used.get(j);
      if (j != index
          && sameTreatment(a, b)
          && b.start().isAfter(a.start())
          && b.start().isBefore(end)) {
        end = b.start();
      }
    }
    return end;
  }

  private static boolean sameTreatment(MedicationAgreementFact a, MedicationAgreementFact b) {
    if (a.treatmentId() != null && b.treatmentId() != null) {
      return a.treatmentId().equals(b.treatmentId());
    }
    return a.atc() != null && a.atc().equals(b.atc());
  }
}
