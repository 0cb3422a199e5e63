package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/**
 * One patient's facts as fhir-mappings produced them: the engine's whole input per patient.
 *
 * @param registrationProblems the problems met when this patient's resources were mapped; counted
 *     by kind when the patient is in the practice population
 */
public record PatientInput(
    PatientFacts patient,
    List<ProblemFact> problems,
    List<MedicationAgreementFact> agreements,
    List<LabFact> labs,
    List<RegistrationProblem> registrationProblems) {

  public PatientInput {
    Objects.requireNonNull(patient, "patient");
    problems = List.copyOf(problems);
    agreements = List.copyOf(agreements);
    labs = List.copyOf(labs);
    registrationProblems = List.copyOf(registrationProblems);
  }

  /** A patient without any other facts. */
  public static PatientInput of(PatientFacts patient) {
    return new PatientInput(patient, List.of(), List.of(), List.of(), List.of());
  }
}
