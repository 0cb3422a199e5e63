package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.mapping.PatientMapper;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PopulationTest {

  private static final LocalDate P = LocalDate.of(2024, 6, 30);

  private static PatientFacts patient(String fixture) {
    return new PatientMapper()
        .map(Fixtures.read(Patient.class, "patient/" + fixture))
        .fact()
        .orElseThrow();
  }

  @Test
  void a_patient_is_listed_through_the_managing_organization_even_as_an_absolute_url() {
    Practice practice = new Practice(Set.of("Organization/org-1"), Set.of(), false);
    assertThat(Population.includes(patient("nl-core-complete.json"), practice, P)).isTrue();
  }

  @Test
  void a_patient_is_listed_through_a_gp_identifier_sent_with_its_oid() {
    Practice practice =
        new Practice(Set.of(), Set.of(Practice.identifier(CodeSystems.AGB_Z, "01012345")), false);
    assertThat(Population.includes(patient("nl-core-complete.json"), practice, P)).isTrue();
  }

  @Test
  void a_patient_of_another_practice_is_not_listed_unless_the_endpoint_is_single_practice() {
    PatientFacts patient = patient("nl-core-complete.json");
    assertThat(
            Population.includes(
                patient, new Practice(Set.of("Organization/x"), Set.of(), false), P))
        .isFalse();
    assertThat(Population.includes(patient, new Practice(Set.of(), Set.of(), true), P)).isTrue();
  }

  @Test
  void deceased_or_inactive_patients_are_not_in_the_population() {
    Practice all = new Practice(Set.of(), Set.of(), true);
    assertThat(Population.includes(patient("partial-birth-date.json"), all, P)).isFalse();
    PatientFacts diedNewYear = patient("deceased-utc.json");
    assertThat(diedNewYear.active()).isFalse();
    PatientFacts activeButDied =
        new PatientFacts(
            diedNewYear.id(),
            diedNewYear.sex(),
            diedNewYear.birthDate(),
            true,
            diedNewYear.deceasedOn(),
            true,
            diedNewYear.generalPractitioners(),
            null);
    assertThat(Population.includes(activeButDied, all, LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(Population.includes(activeButDied, all, LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(Population.includes(diedNewYear, all, LocalDate.of(2023, 12, 31))).isFalse();
  }
}
