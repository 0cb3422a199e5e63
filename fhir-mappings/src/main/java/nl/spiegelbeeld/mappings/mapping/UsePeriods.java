package nl.spiegelbeeld.mappings.mapping;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.NictizProfiles;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.PeriodSource;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind;
import org.hl7.fhir.instance.model.api.IBaseExtension;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;

/**
 * The period of use of a medication agreement, first rule that applies (indicators.md §1, Exposure
 * interval): 1. Nictiz period of use (R4 or STU3 extension); 2. {@code boundsPeriod}; 3. {@code
 * expectedSupplyDuration × (1 + numberOfRepeatsAllowed)}; 4. the agent's default coverage.
 *
 * <p>Choices where indicators.md is silent: a period of use with only an end and a duration starts
 * at end − duration (zib2017: "two of start, end, duration"); a period without start starts at
 * {@code authoredOn}; a period with a start but neither end nor duration is "open" only when the
 * status is {@code active}, otherwise rules 3 and 4 give its end (an {@code authoredOn} alone never
 * makes an agreement open: that is rule 4's case); a stop agreement gets no end from rules 3–4, it
 * only stops.
 */
final class UsePeriods {

  /** The resolved period; {@code start} is {@code null} when the agreement has none. */
  record UsePeriod(
      LocalDate start,
      LocalDate endExclusive,
      Period duration,
      PeriodSource source,
      List<Kind> problems) {}

  /** A period of use or boundsPeriod as recorded. */
  private record Recorded(
      LocalDate start, LocalDate endExclusive, Period duration, PeriodSource source) {
    boolean hasEnd() {
      return endExclusive != null || duration != null;
    }
  }

  private final DefaultCoverage coverage;

  UsePeriods(DefaultCoverage coverage) {
    this.coverage = coverage;
  }

  UsePeriod resolve(MedicationRequest request, String atc, StopType stopType) {
    List<Kind> problems = new ArrayList<>();
    LocalDate authoredOn = AmsterdamDates.asStart(request.getAuthoredOnElement()).orElse(null);
    Optional<Recorded> recorded = periodOfUse(request, problems).or(() -> boundsPeriod(request));
    LocalDate recordedStart = recorded.map(Recorded::start).orElse(null);
    LocalDate start = recordedStart != null ? recordedStart : authoredOn;
    if (recorded.isPresent() && recorded.get().hasEnd()) {
      Recorded r = recorded.get();
      return new UsePeriod(start, r.endExclusive(), r.duration(), r.source(), problems);
    }
    if (stopType == StopType.STOP) {
      return new UsePeriod(start, null, null, PeriodSource.NONE, problems);
    }
    Optional<Period> supply = supply(request, problems);
    if (supply.isPresent()) {
      return new UsePeriod(start, null, supply.get(), PeriodSource.SUPPLY_DURATION, problems);
    }
    if (recordedStart != null
        && request.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE) {
      return new UsePeriod(recordedStart, null, null, recorded.get().source(), problems);
    }
    problems.add(Kind.AGREEMENT_WITHOUT_PERIOD_OF_USE);
    return new UsePeriod(
        start, null, coverage.forAtc(atc), PeriodSource.DEFAULT_COVERAGE, problems);
  }

  /** Rule 1: the R4 or STU3 period of use, with a nested or sibling duration. */
  private static Optional<Recorded> periodOfUse(MedicationRequest request, List<Kind> problems) {
    org.hl7.fhir.r4.model.Period period =
        extensionValue(
                request,
                org.hl7.fhir.r4.model.Period.class,
                NictizProfiles.EXT_PERIOD_OF_USE_R4,
                NictizProfiles.EXT_PERIOD_OF_USE_STU3)
            .orElse(null);
    Quantity durationValue =
        Optional.ofNullable(period)
            .flatMap(UsePeriods::durationIn)
            .or(() -> durationIn(request))
            .orElse(null);
    if (period == null && durationValue == null) {
      return Optional.empty();
    }
    if (Durations.unusable(durationValue)) {
      problems.add(Kind.AGREEMENT_DURATION_NOT_USABLE);
    }
    Period duration = Durations.toPeriod(durationValue).orElse(null);
    LocalDate start = null;
    LocalDate endExclusive = null;
    if (period != null) {
      start = AmsterdamDates.asStart(period.getStartElement()).orElse(null);
      endExclusive = AmsterdamDates.asEndExclusive(period.getEndElement()).orElse(null);
    }
    if (start == null && endExclusive != null && duration != null) {
      start = endExclusive.minus(duration);
    }
    if (start == null && endExclusive == null && duration == null) {
      return Optional.empty();
    }
    return Optional.of(new Recorded(start, endExclusive, duration, PeriodSource.PERIOD_OF_USE));
  }

  private static Optional<Quantity> durationIn(IBaseHasExtensions element) {
    return extensionValue(
        element, Quantity.class, NictizProfiles.EXT_DURATION_R4, NictizProfiles.EXT_DURATION_STU3);
  }

  /** Rule 2: every dosage's {@code boundsPeriod}: earliest start, latest end if all have one. */
  private static Optional<Recorded> boundsPeriod(MedicationRequest request) {
    LocalDate start = null;
    LocalDate end = null;
    boolean allEnded = true;
    boolean any = false;
    for (Dosage dosage : request.getDosageInstruction()) {
      if (!(dosage.getTiming().getRepeat().getBounds() instanceof org.hl7.fhir.r4.model.Period p)) {
        continue;
      }
      any = true;
      LocalDate s = AmsterdamDates.asStart(p.getStartElement()).orElse(null);
      LocalDate e = AmsterdamDates.asEndExclusive(p.getEndElement()).orElse(null);
      if (s != null && (start == null || s.isBefore(start))) {
        start = s;
      }
      allEnded &= e != null;
      if (e != null && (end == null || e.isAfter(end))) {
        end = e;
      }
    }
    if (!any || (start == null && end == null)) {
      return Optional.empty();
    }
    return Optional.of(
        new Recorded(start, allEnded ? end : null, null, PeriodSource.BOUNDS_PERIOD));
  }

  /** Rule 3: expected supply duration × (1 + repeats). */
  private static Optional<Period> supply(MedicationRequest request, List<Kind> problems) {
    if (!request.hasDispenseRequest()
        || !request.getDispenseRequest().hasExpectedSupplyDuration()) {
      return Optional.empty();
    }
    MedicationRequest.MedicationRequestDispenseRequestComponent dispense =
        request.getDispenseRequest();
    Quantity supplied = dispense.getExpectedSupplyDuration();
    if (Durations.unusable(supplied)) {
      problems.add(Kind.AGREEMENT_DURATION_NOT_USABLE);
    }
    int fills =
        1 + (dispense.hasNumberOfRepeatsAllowed() ? dispense.getNumberOfRepeatsAllowed() : 0);
    return Durations.toPeriod(supplied).map(p -> p.multipliedBy(fills));
  }

  /** The value of the first extension with one of {@code urls} whose value is a {@code type}. */
  static <T> Optional<T> extensionValue(IBaseHasExtensions element, Class<T> type, String... urls) {
    for (String url : urls) {
      for (IBaseExtension<?, ?> e : element.getExtension()) {
        if (url.equals(e.getUrl()) && type.isInstance(e.getValue())) {
          return Optional.of(type.cast(e.getValue()));
        }
      }
    }
    return Optional.empty();
  }
}
