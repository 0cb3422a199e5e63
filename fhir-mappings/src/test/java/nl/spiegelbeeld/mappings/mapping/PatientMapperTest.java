package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.PartyRef;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.Sex;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientMapperTest {

  private final PatientMapper mapper = new PatientMapper();

  private MappingResult<PatientFacts> map(String fixture) {
    return mapper.map(Fixtures.read(Patient.class, "patient/" + fixture));
  }

  @Test
  void an_nl_core_patient_gives_sex_birth_date_status_and_practice_references() {
    MappingResult<PatientFacts> result = map("nl-core-complete.json");
    PatientFacts p = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(p.id()).isEqualTo("pat-1");
    assertThat(p.sex()).isEqualTo(Sex.FEMALE);
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1983, 11, 23));
    assertThat(p.active()).isTrue();
    assertThat(p.deceased()).isFalse();
    assertThat(p.generalPractitioners())
        .containsExactly(
            new PartyRef("Practitioner/prac-1", null, null),
            new PartyRef(null, CodeSystems.AGB_Z, "01012345"));
    assertThat(p.managingOrganization()).isEqualTo(new PartyRef("Organization/org-1", null, null));
  }

  @Test
  void a_partial_birth_date_is_no_birth_date_and_a_registration_problem() {
    MappingResult<PatientFacts> result = map("partial-birth-date.json");
    PatientFacts p = result.fact().orElseThrow();
    assertThat(p.birthDate()).isNull();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind)
        .containsExactly(RegistrationProblem.Kind.BIRTH_DATE_MISSING_OR_PARTIAL);
  }

  @Test
  void missing_gender_is_unknown_and_missing_active_counts_as_active() {
    PatientFacts p = map("partial-birth-date.json").fact().orElseThrow();
    assertThat(p.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(p.active()).isTrue();
  }

  @Test
  void deceased_boolean_true_is_deceased_on_any_date() {
    PatientFacts p = map("partial-birth-date.json").fact().orElseThrow();
    assertThat(p.deceasedOnOrBefore(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void a_date_of_death_is_the_local_date_in_amsterdam() {
    PatientFacts p = map("deceased-utc.json").fact().orElseThrow();
    assertThat(p.deceasedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(p.deceasedOnOrBefore(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(p.deceasedOnOrBefore(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(p.sex()).isEqualTo(Sex.OTHER);
    assertThat(p.active()).isFalse();
  }
}
