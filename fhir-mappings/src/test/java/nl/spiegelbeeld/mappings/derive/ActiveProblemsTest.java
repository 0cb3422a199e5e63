package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.ClinicalStatus;
import nl.spiegelbeeld.mappings.facts.ProblemFact.EpisodeStatus;
import nl.spiegelbeeld.mappings.mapping.ConditionMapper;
import nl.spiegelbeeld.mappings.mapping.EpisodeOfCareMapper;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.Test;

class ActiveProblemsTest {

  private static final LocalDate P = LocalDate.of(2024, 6, 30);
  private static final CodeLists LISTS = CodeLists.shipped();
  private static final CodeList OSTEOPOROSIS = LISTS.get("icpc-osteoporose");

  private static ProblemFact condition(String code, LocalDate onset, LocalDate end) {
    return new ProblemFact(
        "c",
        "pat-1",
        ProblemFact.Source.CONDITION,
        List.of(new Code(CodeSystems.ICPC_1_NL, code)),
        onset,
        end,
        false,
        false,
        false,
        ClinicalStatus.ACTIVE,
        null);
  }

  private static ProblemFact episode(
      EpisodeStatus status, LocalDate end, boolean endedWithoutDate) {
    return new ProblemFact(
        "e",
        "pat-1",
        ProblemFact.Source.EPISODE_OF_CARE,
        List.of(new Code(CodeSystems.ICPC_1_NL, "L95")),
        LocalDate.of(2020, 1, 1),
        end,
        endedWithoutDate,
        false,
        false,
        null,
        status);
  }

  @Test
  void a_problem_with_onset_on_or_before_p_and_no_end_is_active() {
    assertThat(ActiveProblems.isActiveOn(condition("L95", P, null), P)).isTrue();
    assertThat(ActiveProblems.isActiveOn(condition("L95", P.plusDays(1), null), P)).isFalse();
  }

  @Test
  void a_problem_without_onset_is_active() {
    assertThat(ActiveProblems.isActiveOn(condition("L95", null, null), P)).isTrue();
  }

  @Test
  void a_problem_that_ended_on_p_is_not_active_and_one_ending_the_day_after_is() {
    assertThat(ActiveProblems.isActiveOn(condition("L95", P.minusYears(1), P), P)).isFalse();
    assertThat(ActiveProblems.isActiveOn(condition("L95", P.minusYears(1), P.plusDays(1)), P))
        .isTrue();
  }

  @Test
  void a_problem_ended_without_date_is_not_active() {
    assertThat(ActiveProblems.isActiveOn(episode(EpisodeStatus.FINISHED, null, true), P)).isFalse();
    assertThat(ActiveProblems.isActiveOn(episode(EpisodeStatus.FINISHED, P.plusDays(3), false), P))
        .isTrue();
  }

  @Test
  void cancelled_and_entered_in_error_episodes_are_not_active() {
    assertThat(ActiveProblems.isActiveOn(episode(EpisodeStatus.CANCELLED, null, false), P))
        .isFalse();
    assertThat(ActiveProblems.isActiveOn(episode(EpisodeStatus.ENTERED_IN_ERROR, null, false), P))
        .isFalse();
    assertThat(ActiveProblems.isActiveOn(episode(EpisodeStatus.ONHOLD, null, false), P)).isTrue();
  }

  @Test
  void codes_match_exactly_so_osteopenia_is_not_osteoporosis() {
    assertThat(ActiveProblems.hasActive(List.of(condition("L95.01", null, null)), OSTEOPOROSIS, P))
        .isFalse();
    assertThat(ActiveProblems.hasActive(List.of(condition("L95.02", null, null)), OSTEOPOROSIS, P))
        .isTrue();
  }

  @Test
  void refuted_and_entered_in_error_conditions_from_fhir_are_not_active() {
    ConditionMapper mapper = new ConditionMapper();
    for (String fixture : List.of("refuted.json", "entered-in-error.json")) {
      ProblemFact f =
          mapper.map(Fixtures.read(Condition.class, "condition/" + fixture)).fact().orElseThrow();
      assertThat(ActiveProblems.isActiveOn(f, P)).as(fixture).isFalse();
    }
  }

  @Test
  void any_one_qualifying_source_is_enough() {
    ConditionMapper conditions = new ConditionMapper();
    ProblemFact resolved =
        conditions
            .map(Fixtures.read(Condition.class, "condition/resolved-without-end.json"))
            .fact()
            .orElseThrow();
    ProblemFact withPartialOnset =
        conditions
            .map(Fixtures.read(Condition.class, "condition/nl-core-l95-partial-onset.json"))
            .fact()
            .orElseThrow();
    Map<String, ProblemFact> byId = EpisodeOfCareMapper.index(List.of(withPartialOnset));
    ProblemFact episode =
        new EpisodeOfCareMapper()
            .map(Fixtures.read(EpisodeOfCare.class, "episode/nl-core-episode-l95.json"), byId)
            .fact()
            .orElseThrow();
    ProblemFact finished =
        new EpisodeOfCareMapper()
            .map(Fixtures.read(EpisodeOfCare.class, "episode/finished-without-end.json"), byId)
            .fact()
            .orElseThrow();

    assertThat(ActiveProblems.hasActive(List.of(resolved, finished), OSTEOPOROSIS, P)).isFalse();
    assertThat(ActiveProblems.activeOn(List.of(resolved, finished, episode), OSTEOPOROSIS, P))
        .containsExactly(episode);
    assertThat(ActiveProblems.hasActive(List.of(episode), OSTEOPOROSIS, LocalDate.of(2016, 2, 9)))
        .isFalse();
  }
}
