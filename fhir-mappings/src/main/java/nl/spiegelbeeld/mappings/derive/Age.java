package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/** Age in completed years on P (indicators.md §1: {@code Period.between(birthDate, P).years}). */
public final class Age {

  private Age() {}

  /**
   * Completed years on {@code p}; empty when the birth date is missing or partial ({@code null}) or
   * after P: such a patient stays out of every age-restricted denominator.
   */
  public static OptionalInt onDate(LocalDate birthDate, LocalDate p) {
    if (birthDate == null || birthDate.isAfter(p)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Period.between(birthDate, p).getYears());
  }

  /** The registration problem of a birth date after P (a missing one is counted when mapped). */
  public static Optional<RegistrationProblem> problemOn(PatientFacts patient, LocalDate p) {
    if (patient.birthDate() != null && patient.birthDate().isAfter(p)) {
      return Optional.of(
          RegistrationProblem.of(
              RegistrationProblem.Kind.BIRTH_DATE_AFTER_REFERENCE_DATE, "Patient", patient.id()));
    }
    return Optional.empty();
  }
}
