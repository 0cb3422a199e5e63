package nl.spiegelbeeld.plugin.pull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.mapping.ConditionMapper;
import nl.spiegelbeeld.mappings.mapping.DefaultCoverage;
import nl.spiegelbeeld.mappings.mapping.EpisodeOfCareMapper;
import nl.spiegelbeeld.mappings.mapping.MappingResult;
import nl.spiegelbeeld.mappings.mapping.MedicationRequestMapper;
import nl.spiegelbeeld.mappings.mapping.ObservationMapper;
import nl.spiegelbeeld.mappings.mapping.PatientMapper;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR resources → the engine's facts, through the fhir-mappings mappers exactly as its README
 * shows. The one way of mapping: the pull maps resource by resource as pages arrive ({@link
 * #patient}, {@link #condition}, …), bundle files and tests map one patient's resources at once
 * ({@link #map}); both use the same mappers with the same configuration. Thread-safe (the mappers
 * keep no state).
 */
public final class FactsMapper {

  private final PatientMapper patients = new PatientMapper();
  private final ConditionMapper conditions = new ConditionMapper();
  private final EpisodeOfCareMapper episodes = new EpisodeOfCareMapper();
  private final MedicationRequestMapper agreements;
  private final ObservationMapper labs;

  public FactsMapper(CodeLists lists, GStandaardAtcTable gStandaard) {
    this.agreements = new MedicationRequestMapper(gStandaard, DefaultCoverage.standard(lists));
    this.labs = ObservationMapper.standard(lists, false);
  }

  public MappingResult<PatientFacts> patient(Patient patient) {
    return patients.map(patient);
  }

  public MappingResult<ProblemFact> condition(Condition condition) {
    return conditions.map(condition);
  }

  /**
   * Maps an EpisodeOfCare with the codes of the Conditions it refers to.
   *
   * @param conditionsById the Conditions' facts ({@link EpisodeOfCareMapper#index}): episodes take
   *     the codes of the Conditions they refer to, so Conditions are mapped first
   */
  public MappingResult<ProblemFact> episode(
      EpisodeOfCare episode, Map<String, ProblemFact> conditionsById) {
    return episodes.map(episode, conditionsById);
  }

  /**
   * Maps a medication agreement, classifying its medication.
   *
   * @param medications the endpoint's Medications by id ({@link MedicationRequestMapper#index})
   */
  public MappingResult<MedicationAgreementFact> agreement(
      MedicationRequest request, Map<String, Medication> medications) {
    return agreements.map(request, medications);
  }

  public MappingResult<LabFact> lab(Observation observation) {
    return labs.map(observation);
  }

  /**
   * Maps one patient's resources (Conditions before EpisodeOfCares).
   *
   * @param medications the endpoint's Medications by id ({@link MedicationRequestMapper#index})
   */
  public PatientInput map(List<? extends Resource> resources, Map<String, Medication> medications) {
    List<RegistrationProblem> problems = new ArrayList<>();
    PatientFacts patient = null;
    List<ProblemFact> problemFacts = new ArrayList<>();
    List<MedicationAgreementFact> agreementFacts = new ArrayList<>();
    List<LabFact> labFacts = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof Patient p) {
        patient = take(patient(p), problems);
      } else if (r instanceof Condition c) {
        add(condition(c), problemFacts, problems);
      }
    }
    var byId = EpisodeOfCareMapper.index(problemFacts);
    for (Resource r : resources) {
      if (r instanceof EpisodeOfCare e) {
        add(episode(e, byId), problemFacts, problems);
      } else if (r instanceof MedicationRequest m) {
        add(agreement(m, medications), agreementFacts, problems);
      } else if (r instanceof Observation o) {
        add(lab(o), labFacts, problems);
      }
    }
    if (patient == null) {
      throw new IllegalArgumentException("no usable Patient among the resources");
    }
    return new PatientInput(patient, problemFacts, agreementFacts, labFacts, problems);
  }

  private static <T> T take(MappingResult<T> result, List<RegistrationProblem> problems) {
    problems.addAll(result.problems());
    return result.fact().orElse(null);
  }

  private static <T> void add(
      MappingResult<T> result, List<T> facts, List<RegistrationProblem> problems) {
    problems.addAll(result.problems());
    result.fact().ifPresent(facts::add);
  }
}
