package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.mappings.facts.ProblemFact.ClinicalStatus;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind;
import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

class ConditionMapperTest {

  private final ConditionMapper mapper = new ConditionMapper();

  private MappingResult<ProblemFact> map(String fixture) {
    return mapper.map(Fixtures.read(Condition.class, "condition/" + fixture));
  }

  @Test
  void an_nl_core_problem_gives_its_icpc_code_and_a_partial_onset_as_first_day() {
    MappingResult<ProblemFact> result = map("nl-core-l95-partial-onset.json");
    ProblemFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.patientId()).isEqualTo("pat-1");
    assertThat(f.resourceId()).isEqualTo("cond-l95");
    assertThat(f.source()).isEqualTo(ProblemFact.Source.CONDITION);
    assertThat(f.codes()).containsExactly(new Code(CodeSystems.ICPC_1_NL, "L95"));
    assertThat(f.onset()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(f.end()).isNull();
    assertThat(f.clinicalStatus()).isEqualTo(ClinicalStatus.ACTIVE);
    assertThat(f.endedWithoutDate()).isFalse();
  }

  @Test
  void an_oid_system_becomes_the_icpc_uri_and_a_utc_onset_the_local_date() {
    ProblemFact f = map("oid-system-utc-onset.json").fact().orElseThrow();
    assertThat(f.codes()).containsExactly(new Code(CodeSystems.ICPC_1_NL, "L95.01"));
    assertThat(f.onset()).isEqualTo(LocalDate.of(2019, 5, 2));
  }

  @Test
  void resolved_without_end_date_is_ended_without_date_and_a_registration_problem() {
    MappingResult<ProblemFact> result = map("resolved-without-end.json");
    assertThat(result.fact().orElseThrow().endedWithoutDate()).isTrue();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.PROBLEM_ENDED_WITHOUT_DATE);
  }

  @Test
  void an_abatement_in_utc_is_the_local_end_date() {
    MappingResult<ProblemFact> result = map("ended-utc.json");
    ProblemFact f = result.fact().orElseThrow();
    assertThat(f.end()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(f.endedWithoutDate()).isFalse();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void an_abatement_that_is_not_a_date_is_ended_without_date() {
    MappingResult<ProblemFact> result = map("abatement-string.json");
    assertThat(result.fact().orElseThrow().endedWithoutDate()).isTrue();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.PROBLEM_ENDED_WITHOUT_DATE);
  }

  @Test
  void a_refuted_problem_is_flagged_and_not_counted() {
    MappingResult<ProblemFact> result = map("refuted.json");
    assertThat(result.fact().orElseThrow().refuted()).isTrue();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void an_entered_in_error_problem_is_flagged_and_counted() {
    MappingResult<ProblemFact> result = map("entered-in-error.json");
    assertThat(result.fact().orElseThrow().enteredInError()).isTrue();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind, RegistrationProblem::resourceId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ENTERED_IN_ERROR, "cond-eie"));
  }

  @Test
  void a_problem_without_onset_is_kept_and_counted() {
    MappingResult<ProblemFact> result = map("without-onset.json");
    assertThat(result.fact().orElseThrow().onset()).isNull();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.PROBLEM_WITHOUT_ONSET);
  }

  @Test
  void a_condition_without_code_or_patient_is_unusable() {
    Condition noCode = Fixtures.read(Condition.class, "condition/without-onset.json");
    noCode.getCode().getCoding().clear();
    assertThat(mapper.map(noCode).fact()).isEmpty();
    assertThat(mapper.map(noCode).problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.PROBLEM_WITHOUT_CODE);

    Condition noPatient = Fixtures.read(Condition.class, "condition/without-onset.json");
    noPatient.getSubject().setReference("Group/g1");
    assertThat(mapper.map(noPatient).problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(Kind.NO_PATIENT);
  }
}
