package nl.spiegelbeeld.plugin.practice;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;

/**
 * Everything one complete pull delivered for one practice: the engine's input per patient, the
 * patients' local labels for worklists, and the registration problems that could not be attributed
 * to a patient. An incomplete pull never becomes a {@code PracticeData}.
 *
 * @param fhirBase the endpoint the data came from
 * @param referenceDate the peildatum the pull's windows were chosen for
 * @param patients the practice's listed patients (indicators.md §1, Population, before the
 *     active/deceased checks on P) with their facts; other practices' patients are not kept
 * @param labels by Patient id; local only
 * @param unattributed problems of resources without a usable patient reference
 * @param pulledAt when the pull finished
 */
public record PracticeData(
    URI fhirBase,
    PracticeIdentity practice,
    LocalDate referenceDate,
    List<PatientInput> patients,
    Map<String, PatientLabel> labels,
    List<RegistrationProblem> unattributed,
    Instant pulledAt) {

  public PracticeData {
    Objects.requireNonNull(fhirBase, "fhirBase");
    Objects.requireNonNull(practice, "practice");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(pulledAt, "pulledAt");
    patients = List.copyOf(patients);
    labels = Map.copyOf(labels);
    unattributed = List.copyOf(unattributed);
  }
}
