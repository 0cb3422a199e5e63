package nl.spiegelbeeld.mappings.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/**
 * What a mapper made of one resource: a fact, or the reason the resource is not used (ignored), or
 * neither (unusable: the problems say why); with the registration problems met either way.
 *
 * @param fact the fact, if the resource is used
 * @param ignored why a well-formed resource is deliberately not used, if it is not
 * @param problems registration problems, to be counted
 */
public record MappingResult<T>(
    Optional<T> fact, Optional<IgnoreReason> ignored, List<RegistrationProblem> problems) {

  /** Why a resource is not used although nothing is wrong with it. */
  public enum IgnoreReason {
    /** A MedicationRequest with category dispense request (52711000146108). */
    DISPENSE_REQUEST,
    /** A status that is not used: e.g. MedicationRequest draft/cancelled/entered-in-error. */
    STATUS_NOT_USED,
    /** {@code MedicationRequest.doNotPerform = true}. */
    DO_NOT_PERFORM,
    /** {@code MedicationRequest.intent} other than order, original-order, plan. */
    INTENT_NOT_USED,
    /** A product the G-Standaard table excludes (e.g. oncology). */
    EXCLUDED_PRODUCT,
    /** An EpisodeOfCare whose every diagnosis Condition is refuted or entered in error. */
    DIAGNOSIS_WITHDRAWN,
    /** An Observation whose code is in none of the analyte code lists. */
    CODE_NOT_IN_CODE_LISTS
  }

  public MappingResult {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(ignored, "ignored");
    problems = List.copyOf(problems);
    if (fact.isPresent() && ignored.isPresent()) {
      throw new IllegalArgumentException("a fact cannot be ignored");
    }
  }

  public static <T> MappingResult<T> of(T fact, List<RegistrationProblem> problems) {
    return new MappingResult<>(Optional.of(fact), Optional.empty(), problems);
  }

  public static <T> MappingResult<T> ignored(
      IgnoreReason reason, List<RegistrationProblem> problems) {
    return new MappingResult<>(Optional.empty(), Optional.of(reason), problems);
  }

  public static <T> MappingResult<T> unusable(List<RegistrationProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an unusable resource needs a registration problem");
    }
    return new MappingResult<>(Optional.empty(), Optional.empty(), problems);
  }
}
