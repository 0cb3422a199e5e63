package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/**
 * What the engine made of one patient: in the practice population or not, the memberships (one per
 * indicator whose initial population the patient is in), and the registration problems found on P.
 */
public record PatientResult(
    String patientId,
    boolean inPopulation,
    List<Membership> memberships,
    List<RegistrationProblem> problemsOnReferenceDate) {

  public PatientResult {
    Objects.requireNonNull(patientId, "patientId");
    memberships = List.copyOf(memberships);
    problemsOnReferenceDate = List.copyOf(problemsOnReferenceDate);
  }

  /** The membership for an indicator, if the patient is in its initial population. */
  public Optional<Membership> membership(String indicatorId) {
    for (Membership m : memberships) {
      if (m.indicatorId().equals(indicatorId)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
