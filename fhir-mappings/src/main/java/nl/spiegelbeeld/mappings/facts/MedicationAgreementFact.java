package nl.spiegelbeeld.mappings.facts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.Code;

/**
 * One used medication agreement (medicatieafspraak) as recorded, before exposure intervals are
 * derived from it ({@code derive.ExposureIntervals}). Agreements that are not used (dispense
 * requests, status {@code entered-in-error}/{@code cancelled}/{@code draft}, {@code doNotPerform},
 * other intents, excluded products) never become a fact.
 *
 * @param resourceId the MedicationRequest's local id
 * @param patientId the Patient's local id
 * @param atc the ATC code, or {@code null} when the medication could not be classified
 * @param medicationCode the code the ATC was found from (the ATC coding itself, or the G-Standaard
 *     code looked up); when unclassified the first coding, or {@code null} for text only
 * @param start first day of use (local date)
 * @param endExclusive first day without the medication, from an explicit end (rules 1–2), or {@code
 *     null}
 * @param duration the period of use as a duration (rules 1–4), or {@code null}
 * @param periodSource which rule of indicators.md §1 gave the period
 * @param status {@code MedicationRequest.status} code, e.g. {@code active}
 * @param intent {@code MedicationRequest.intent} code, e.g. {@code order}
 * @param category the category the agreement was recognised by
 * @param stopType normalised stop type
 * @param treatmentId the Nictiz pharmaceutical treatment identifier ({@code system|value}), or
 *     {@code null}
 * @param authoredOn local date of {@code authoredOn}, or {@code null}
 * @param reason the coded reason for changing or stopping (MP9 {@code reasonCode},
 *     RedenWijzigenOfStaken; reference.md §2.4): the first coding, or {@code null}
 */
public record MedicationAgreementFact(
    String resourceId,
    String patientId,
    String atc,
    Code medicationCode,
    LocalDate start,
    LocalDate endExclusive,
    Period duration,
    PeriodSource periodSource,
    String status,
    String intent,
    Category category,
    StopType stopType,
    String treatmentId,
    LocalDate authoredOn,
    Reason reason) {

  /**
   * A coded reason for changing or stopping an agreement.
   *
   * @param code the coding, system canonical
   * @param display the coding's display as sent, else the code
   */
  public record Reason(Code code, String display) {
    public Reason {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(display, "display");
    }
  }

  /** Which rule of indicators.md §1 (Exposure interval) gave the period of use. */
  public enum PeriodSource {
    /** Rule 1: Nictiz period of use (R4 or STU3 extension). */
    PERIOD_OF_USE,
    /** Rule 2: {@code dosageInstruction.timing.repeat.boundsPeriod}. */
    BOUNDS_PERIOD,
    /** Rule 3: {@code expectedSupplyDuration × (1 + numberOfRepeatsAllowed)}. */
    SUPPLY_DURATION,
    /** Rule 4: the agent's default coverage (a registration problem). */
    DEFAULT_COVERAGE,
    /** A stop agreement without a period of use of its own: it only stops, at authoredOn. */
    NONE
  }

  /** Normalised stop type (stoptype). */
  public enum StopType {
    NONE,
    /**
     * Onderbroken, tijdelijk of definitief gestopt, stopgezet (R4 SNOMED; STU3 {@code 1}/{@code
     * 2}).
     */
    STOP,
    /** Geannuleerd (SNOMED 89925002): the agreement is ignored. */
    CANCELLED
  }

  /** The category the agreement was recognised by. */
  public enum Category {
    /** SNOMED 33633005 (R4) or 16076005 (STU3 code on an R4 resource). */
    MEDICATION_AGREEMENT,
    /** No category. */
    NONE,
    /** Another category that is not a dispense request (e.g. a generic R4 {@code community}). */
    OTHER
  }

  public MedicationAgreementFact {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(periodSource, "periodSource");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(stopType, "stopType");
    if (endExclusive != null && !endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("endExclusive must be after start");
    }
  }

  /**
   * The first day without medication from an explicit end or a duration, if the agreement has one.
   */
  public Optional<LocalDate> plannedEndExclusive() {
    if (endExclusive != null) {
      return Optional.of(endExclusive);
    }
    return Optional.ofNullable(duration).map(start::plus);
  }

  /** No end and no duration: runs until the next agreement of the same treatment, or P. */
  public boolean isOpen() {
    return endExclusive == null && duration == null;
  }
}
