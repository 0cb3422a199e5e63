package nl.spiegelbeeld.mappings.mapping;

import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.ENTERED_IN_ERROR;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.EPISODE_DIAGNOSIS_NOT_FOUND;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.EPISODE_WITHOUT_DIAGNOSIS;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.NO_PATIENT;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.PROBLEM_ENDED_WITHOUT_DATE;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.PROBLEM_WITHOUT_ONSET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.EpisodeStatus;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Reference;

/**
 * EpisodeOfCare (nl-core-EpisodeOfCare) → {@link ProblemFact} carrying the codes of every Condition
 * its {@code diagnosis.condition} refers to (reference.md §2.1: in GP data the ICPC code hangs off
 * the episode's Condition). Onset is {@code period.start}, end {@code period.end}.
 *
 * <p>Choice: codes of a referenced Condition that is refuted or entered in error are not taken
 * over; a diagnosis the practice has withdrawn should not keep the episode in a value set.
 */
public final class EpisodeOfCareMapper {

  private static final String TYPE = "EpisodeOfCare";

  /** Indexes Condition facts by their local id, for {@link #map}. */
  public static Map<String, ProblemFact> index(Collection<ProblemFact> conditions) {
    return conditions.stream()
        .filter(f -> f.source() == ProblemFact.Source.CONDITION && f.resourceId() != null)
        .collect(Collectors.toMap(ProblemFact::resourceId, Function.identity(), (a, b) -> a));
  }

  /**
   * Maps one episode.
   *
   * @param conditionsById the already-mapped Conditions of the same server, by local id ({@link
   *     #index})
   */
  public MappingResult<ProblemFact> map(
      EpisodeOfCare episode, Map<String, ProblemFact> conditionsById) {
    String id = FhirValues.id(episode);
    Optional<String> patient = FhirValues.localId(episode.getPatient(), "Patient");
    if (patient.isEmpty()) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(NO_PATIENT, TYPE, id)));
    }
    if (!episode.hasDiagnosis()) {
      return MappingResult.unusable(
          List.of(RegistrationProblem.of(EPISODE_WITHOUT_DIAGNOSIS, TYPE, id)));
    }
    List<RegistrationProblem> problems = new ArrayList<>();
    Set<Code> codes = new LinkedHashSet<>();
    for (EpisodeOfCare.DiagnosisComponent diagnosis : episode.getDiagnosis()) {
      Optional<List<Code>> found = diagnosisCodes(diagnosis.getCondition(), conditionsById);
      if (found.isEmpty()) {
        problems.add(
            new RegistrationProblem(
                EPISODE_DIAGNOSIS_NOT_FOUND, TYPE, id, diagnosis.getCondition().getReference()));
      } else {
        codes.addAll(found.get());
      }
    }
    if (codes.isEmpty()) {
      // Every diagnosis unresolved (counted above) or withdrawn (counted on its Condition).
      return problems.isEmpty()
          ? MappingResult.ignored(MappingResult.IgnoreReason.DIAGNOSIS_WITHDRAWN, problems)
          : MappingResult.unusable(problems);
    }
    EpisodeStatus status = status(episode);
    LocalDate onset = AmsterdamDates.asStart(episode.getPeriod().getStartElement()).orElse(null);
    LocalDate end = AmsterdamDates.asEnd(episode.getPeriod().getEndElement()).orElse(null);
    boolean endedWithoutDate = end == null && status == EpisodeStatus.FINISHED;
    boolean enteredInError = status == EpisodeStatus.ENTERED_IN_ERROR;
    if (enteredInError) {
      problems.add(RegistrationProblem.of(ENTERED_IN_ERROR, TYPE, id));
    } else if (status != EpisodeStatus.CANCELLED) {
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
            ProblemFact.Source.EPISODE_OF_CARE,
            List.copyOf(codes),
            onset,
            end,
            endedWithoutDate,
            false,
            enteredInError,
            null,
            status);
    return MappingResult.of(fact, problems);
  }

  /**
   * The usable codes of one diagnosis: from a contained (or resolved) Condition, else from the
   * mapped Condition with that id; empty when the Condition cannot be found.
   */
  private static Optional<List<Code>> diagnosisCodes(
      Reference reference, Map<String, ProblemFact> conditionsById) {
    if (reference.getResource() instanceof Condition contained) {
      return Optional.of(
          ConditionMapper.withdrawn(contained) ? List.of() : FhirValues.codes(contained.getCode()));
    }
    return FhirValues.localId(reference, "Condition")
        .map(conditionsById::get)
        .map(c -> c.refuted() || c.enteredInError() ? List.of() : c.codes());
  }

  private static EpisodeStatus status(EpisodeOfCare episode) {
    if (!episode.hasStatus()) {
      return null;
    }
    return switch (episode.getStatus()) {
      case PLANNED -> EpisodeStatus.PLANNED;
      case WAITLIST -> EpisodeStatus.WAITLIST;
      case ACTIVE -> EpisodeStatus.ACTIVE;
      case ONHOLD -> EpisodeStatus.ONHOLD;
      case FINISHED -> EpisodeStatus.FINISHED;
      case CANCELLED -> EpisodeStatus.CANCELLED;
      case ENTEREDINERROR -> EpisodeStatus.ENTERED_IN_ERROR;
      case NULL -> null;
    };
  }
}
