package nl.spiegelbeeld.plugin.pull;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.mapping.EpisodeOfCareMapper;
import nl.spiegelbeeld.mappings.mapping.MappingResult;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/**
 * The facts of one pull as they come in, per patient; thread-safe (searches run in parallel and map
 * as their pages arrive, outside the lock). EpisodeOfCares wait until every Condition is in, since
 * they take the codes of the Conditions they refer to. Resources of patients the Patient search did
 * not return, or who are not listed with the practice, are left out: they are not this practice's.
 */
final class FactsCollector {

  private static final class PatientEntry {
    PatientFacts facts;
    PatientLabel label;
    final List<ProblemFact> problems = new ArrayList<>();
    final List<MedicationAgreementFact> agreements = new ArrayList<>();
    final List<LabFact> labs = new ArrayList<>();
    final List<RegistrationProblem> registration = new ArrayList<>();
  }

  private final Predicate<String> agreementClass;
  private final Map<String, PatientEntry> byPatient = new HashMap<>();
  private final List<RegistrationProblem> unattributed = new ArrayList<>();
  private final Map<String, Set<String>> seen = new HashMap<>();
  private final Map<String, EpisodeOfCare> episodes = new LinkedHashMap<>();
  private final List<ProblemFact> conditions = new ArrayList<>();

  /**
   * @param agreementClass true for an ATC code in one of the modules' medication classes: only
   *     those agreements are kept (a pull without the medication code search gets every agreement
   *     of the practice; the others' registration problems are still counted)
   */
  FactsCollector(Predicate<String> agreementClass) {
    this.agreementClass = agreementClass;
  }

  /** True the first time a resource is offered: overlapping searches return some twice. */
  synchronized boolean first(String type, String id) {
    return seen.computeIfAbsent(type, t -> new HashSet<>()).add(id);
  }

  synchronized void patient(MappingResult<PatientFacts> result, PatientLabel label) {
    if (result.fact().isEmpty()) {
      unattributed.addAll(result.problems());
      return;
    }
    PatientEntry entry = entry(result.fact().get().id());
    entry.facts = result.fact().get();
    entry.label = label;
    entry.registration.addAll(result.problems());
  }

  synchronized void condition(Reference subject, MappingResult<ProblemFact> result) {
    result.fact().ifPresent(conditions::add);
    problem(subject, result);
  }

  synchronized void problem(Reference subject, MappingResult<ProblemFact> result) {
    PatientEntry entry = attribute(subject, result);
    if (entry != null) {
      result.fact().ifPresent(entry.problems::add);
    }
  }

  synchronized void agreement(Reference subject, MappingResult<MedicationAgreementFact> result) {
    PatientEntry entry = attribute(subject, result);
    if (entry != null) {
      result.fact().filter(a -> agreementClass.test(a.atc())).ifPresent(entry.agreements::add);
    }
  }

  synchronized void lab(Reference subject, MappingResult<LabFact> result) {
    PatientEntry entry = attribute(subject, result);
    if (entry != null) {
      result.fact().ifPresent(entry.labs::add);
    }
  }

  /** Keeps an EpisodeOfCare (once) for {@link #mapEpisodes}. */
  synchronized void episode(EpisodeOfCare episode) {
    episodes.putIfAbsent(episode.getIdElement().getIdPart(), episode);
  }

  /**
   * Maps the kept EpisodeOfCares now that every Condition is in. Only episodes referring to a
   * pulled Condition are about the modules' problems; the others are not this pull's business.
   */
  void mapEpisodes(FactsMapper mapper) {
    Map<String, ProblemFact> byId = EpisodeOfCareMapper.index(conditions);
    for (EpisodeOfCare e : episodes.values()) {
      boolean relevant =
          e.getDiagnosis().stream()
              .anyMatch(
                  d -> byId.containsKey(new IdType(d.getCondition().getReference()).getIdPart()));
      if (relevant) {
        problem(e.getPatient(), mapper.episode(e, byId));
      }
    }
    episodes.clear();
  }

  synchronized PracticeData build(
      URI fhirBase, PracticeIdentity practice, LocalDate referenceDate, Instant pulledAt) {
    List<PatientInput> inputs = new ArrayList<>();
    Map<String, PatientLabel> labels = new HashMap<>();
    for (Map.Entry<String, PatientEntry> e : byPatient.entrySet()) {
      PatientEntry p = e.getValue();
      if (p.facts == null || !listed(p.facts, practice)) {
        continue;
      }
      inputs.add(new PatientInput(p.facts, p.problems, p.agreements, p.labs, p.registration));
      labels.put(e.getKey(), p.label);
    }
    inputs.sort((a, b) -> a.patient().id().compareTo(b.patient().id()));
    return new PracticeData(
        fhirBase, practice, referenceDate, inputs, labels, unattributed, pulledAt);
  }

  private static boolean listed(PatientFacts facts, PracticeIdentity practice) {
    var population = practice.population();
    return population.wholeEndpoint()
        || population.isReferredToBy(facts.managingOrganization())
        || facts.generalPractitioners().stream().anyMatch(population::isReferredToBy);
  }

  private PatientEntry attribute(Reference subject, MappingResult<?> result) {
    String id = patientId(subject);
    if (id == null) {
      unattributed.addAll(result.problems());
      return null;
    }
    PatientEntry entry = entry(id);
    entry.registration.addAll(result.problems());
    return entry;
  }

  private PatientEntry entry(String patientId) {
    return byPatient.computeIfAbsent(patientId, id -> new PatientEntry());
  }

  /** The local id of a Patient reference (relative or absolute), or null. */
  static String patientId(Reference subject) {
    if (subject == null || !subject.hasReference()) {
      return null;
    }
    IdType id = new IdType(subject.getReference());
    return "Patient".equals(id.getResourceType()) && id.hasIdPart() ? id.getIdPart() : null;
  }
}
