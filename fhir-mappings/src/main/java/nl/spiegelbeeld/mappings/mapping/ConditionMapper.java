package nl.spiegelbeeld.mappings.mapping;

import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.ENTERED_IN_ERROR;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.NO_PATIENT;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.PROBLEM_ENDED_WITHOUT_DATE;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.PROBLEM_WITHOUT_CODE;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.PROBLEM_WITHOUT_ONSET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.ClinicalStatus;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/**
 * Condition (nl-core-Problem or generic R4) → {@link ProblemFact}. Onset from {@code onsetDateTime}
 * or {@code onsetPeriod.start}; end from {@code abatementDateTime} or {@code abatementPeriod}. A
 * refuted or entered-in-error Condition becomes a fact with its flag set, so that the episodes
 * referring to it can see it; only the entered-in-error one is counted.
 */
public final class ConditionMapper {

  private static final String TYPE = "Condition";

  public MappingResult<ProblemFact> map(Condition condition) {
    String id = FhirValues.id(condition);
    Optional<String> patient = FhirValues.localId(condition.getSubject(), "Patient");
    if (patient.isEmpty()) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(NO_PATIENT, TYPE, id)));
    }
    List<Code> codes = FhirValues.codes(condition.getCode());
    if (codes.isEmpty()) {
      return MappingResult.unusable(
          List.of(RegistrationProblem.of(PROBLEM_WITHOUT_CODE, TYPE, id)));
    }
    String verification =
        statusCode(condition.getVerificationStatus(), CodeSystems.CONDITION_VERIFICATION);
    boolean refuted = "refuted".equals(verification);
    boolean enteredInError = "entered-in-error".equals(verification);
    ClinicalStatus clinical = clinicalStatus(condition);
    LocalDate onset = onset(condition.getOnset()).orElse(null);
    Type abatement = condition.getAbatement();
    LocalDate end = end(abatement).orElse(null);
    boolean endedWithoutDate =
        end == null
            && ((clinical != null && clinical.isEnded())
                || (abatement != null && !abatement.isEmpty()));

    List<RegistrationProblem> problems = new ArrayList<>();
    if (enteredInError) {
      problems.add(RegistrationProblem.of(ENTERED_IN_ERROR, TYPE, id));
    } else if (!refuted) {
      if (onset == null) {
        problems.add(RegistrationProblem.of(PROBLEM_WITHOUT_ONSET, TYPE, id));
      }
      if (endedWithoutDate) {
        problems.add(RegistrationProblem.of(PROBLEM_ENDED_WITHOUT_DATE, TYPE, id));
      }
    }
    ProblemFact fact =
        new ProblemFact(
            id,
            patient.get(),
            ProblemFact.Source.CONDITION,
            codes,
            onset,
            end,
            endedWithoutDate,
            refuted,
            enteredInError,
            clinical,
            null);
    return MappingResult.of(fact, problems);
  }

  /** Refuted or entered in error: the practice withdrew this diagnosis. */
  static boolean withdrawn(Condition condition) {
    String verification =
        statusCode(condition.getVerificationStatus(), CodeSystems.CONDITION_VERIFICATION);
    return "refuted".equals(verification) || "entered-in-error".equals(verification);
  }

  private static Optional<LocalDate> onset(Type onset) {
    if (onset instanceof DateTimeType when) {
      return AmsterdamDates.asStart(when);
    }
    if (onset instanceof Period period) {
      return AmsterdamDates.asStart(period.getStartElement());
    }
    return Optional.empty();
  }

  /** The last day of the abatement; a period without end ended during its start. */
  private static Optional<LocalDate> end(Type abatement) {
    if (abatement instanceof DateTimeType when) {
      return AmsterdamDates.asEnd(when);
    }
    if (abatement instanceof Period period) {
      return AmsterdamDates.asEnd(
          period.hasEnd() ? period.getEndElement() : period.getStartElement());
    }
    return Optional.empty();
  }

  private static ClinicalStatus clinicalStatus(Condition condition) {
    String code = statusCode(condition.getClinicalStatus(), CodeSystems.CONDITION_CLINICAL);
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "active" -> ClinicalStatus.ACTIVE;
      case "recurrence" -> ClinicalStatus.RECURRENCE;
      case "relapse" -> ClinicalStatus.RELAPSE;
      case "inactive" -> ClinicalStatus.INACTIVE;
      case "remission" -> ClinicalStatus.REMISSION;
      case "resolved" -> ClinicalStatus.RESOLVED;
      default -> null;
    };
  }

  /** The code of the FHIR status coding (system {@code fhirSystem} or none) in {@code concept}. */
  private static String statusCode(CodeableConcept concept, String fhirSystem) {
    if (concept == null) {
      return null;
    }
    return concept.getCoding().stream()
        .filter(c -> c.hasCode() && (!c.hasSystem() || fhirSystem.equals(c.getSystem())))
        .map(c -> c.getCode().trim())
        .findFirst()
        .orElse(null);
  }
}
