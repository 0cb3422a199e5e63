package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.EpisodeStatus;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.Test;

class EpisodeOfCareMapperTest {

  private final EpisodeOfCareMapper mapper = new EpisodeOfCareMapper();
  private final Map<String, ProblemFact> conditions = conditions();

  private static Map<String, ProblemFact> conditions() {
    ConditionMapper conditionMapper = new ConditionMapper();
    return EpisodeOfCareMapper.index(
        List.of(
            conditionMapper
                .map(Fixtures.read(Condition.class, "condition/nl-core-l95-partial-onset.json"))
                .fact()
                .orElseThrow(),
            conditionMapper
                .map(Fixtures.read(Condition.class, "condition/refuted.json"))
                .fact()
                .orElseThrow()));
  }

  private MappingResult<ProblemFact> map(String fixture) {
    return mapper.map(Fixtures.read(EpisodeOfCare.class, "episode/" + fixture), conditions);
  }

  @Test
  void an_episode_takes_the_code_of_the_condition_its_diagnosis_points_at() {
    MappingResult<ProblemFact> result = map("nl-core-episode-l95.json");
    ProblemFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.source()).isEqualTo(ProblemFact.Source.EPISODE_OF_CARE);
    assertThat(f.resourceId()).isEqualTo("ep-l95");
    assertThat(f.codes()).containsExactly(new Code(CodeSystems.ICPC_1_NL, "L95"));
    assertThat(f.onset()).isEqualTo(LocalDate.of(2016, 2, 10));
    assertThat(f.episodeStatus()).isEqualTo(EpisodeStatus.ACTIVE);
  }

  @Test
  void a_finished_episode_without_end_is_ended_without_date_and_counted() {
    MappingResult<ProblemFact> result = map("finished-without-end.json");
    assertThat(result.fact().orElseThrow().endedWithoutDate()).isTrue();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.PROBLEM_ENDED_WITHOUT_DATE);
  }

  @Test
  void a_diagnosis_pointing_at_an_unknown_condition_is_counted() {
    MappingResult<ProblemFact> result = map("unknown-diagnosis.json");
    assertThat(result.fact()).isEmpty();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind, RegistrationProblem::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Kind.EPISODE_DIAGNOSIS_NOT_FOUND, "Condition/does-not-exist"));
  }

  @Test
  void a_cancelled_episode_is_a_fact_with_its_status_and_no_problem() {
    MappingResult<ProblemFact> result = map("cancelled.json");
    assertThat(result.fact().orElseThrow().episodeStatus()).isEqualTo(EpisodeStatus.CANCELLED);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void a_contained_diagnosis_condition_gives_its_code() {
    ProblemFact f = map("contained-diagnosis.json").fact().orElseThrow();
    assertThat(f.codes()).containsExactly(new Code(CodeSystems.ICPC_1_NL, "U99.01"));
    assertThat(f.end()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void an_episode_whose_only_diagnosis_is_refuted_is_ignored() {
    MappingResult<ProblemFact> result = map("withdrawn-diagnosis.json");
    assertThat(result.fact()).isEmpty();
    assertThat(result.ignored()).contains(MappingResult.IgnoreReason.DIAGNOSIS_WITHDRAWN);
  }

  @Test
  void an_episode_without_diagnosis_is_unusable() {
    EpisodeOfCare episode = Fixtures.read(EpisodeOfCare.class, "episode/nl-core-episode-l95.json");
    episode.getDiagnosis().clear();
    assertThat(mapper.map(episode, conditions).problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.EPISODE_WITHOUT_DIAGNOSIS);
  }
}
