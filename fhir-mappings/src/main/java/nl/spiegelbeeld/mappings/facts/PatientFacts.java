package nl.spiegelbeeld.mappings.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the indicators need of a Patient.
 *
 * @param id the Patient's local id
 * @param sex from {@code gender}; missing is {@link Sex#UNKNOWN}
 * @param birthDate the full birth date, or {@code null} when missing or partial (a registration
 *     problem; the patient stays out of every age-restricted denominator)
 * @param deceased {@code deceasedBoolean = true} or any {@code deceasedDateTime}
 * @param deceasedOn local date of death (first day of a partial date), or {@code null}
 * @param active {@code active}; missing counts as {@code true}
 * @param generalPractitioners the Patient's general practitioner references
 * @param managingOrganization {@code managingOrganization}, or {@code null}
 */
public record PatientFacts(
    String id,
    Sex sex,
    LocalDate birthDate,
    boolean deceased,
    LocalDate deceasedOn,
    boolean active,
    List<PartyRef> generalPractitioners,
    PartyRef managingOrganization) {

  public PatientFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sex, "sex");
    generalPractitioners = List.copyOf(generalPractitioners);
    if (deceasedOn != null && !deceased) {
      throw new IllegalArgumentException("a date of death without deceased");
    }
  }

  /**
   * Deceased on or before {@code referenceDate}: a date of death ≤ P, or deceased without a date.
   */
  public boolean deceasedOnOrBefore(LocalDate referenceDate) {
    return deceased && (deceasedOn == null || !deceasedOn.isAfter(referenceDate));
  }
}
