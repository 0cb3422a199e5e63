package nl.spiegelbeeld.plugin.indicator.engine;

import static nl.spiegelbeeld.plugin.indicator.TablePatients.patient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import org.junit.jupiter.api.Test;

class EngineTest {

  static final LocalDate P = LocalDate.of(2026, 11, 23);
  static final Practice PRACTICE =
      new Practice(
          Set.of("Organization/org-eigen", "Practitioner/huisarts-eigen"), Set.of(), false);
  static final Engine ENGINE = new Engine(Catalogue.load());

  /**
   * Five patients: three with osteoporosis (one treated), a man without, one of another practice.
   */
  static Evaluation smallPractice() {
    Run run = ENGINE.start(PRACTICE, P);
    run.add(
        patient(
            "p1",
            """
            {"patient": {"birthDate": "1950-03-01", "gender": "female"},
             "problems": [{"code": "L95", "onset": "2020-02-01"}]}
            """));
    run.add(
        patient(
            "p2",
            """
            {"patient": {"birthDate": "1942-06-01", "gender": "female"},
             "problems": [{"code": "L95.02"}],
             "agreements": [{"atc": "M05BA04", "start": "2024-01-01", "end": "2026-12-31"}]}
            """));
    run.add(
        patient(
            "p3",
            """
            {"patient": {"birthDate": "1971-01-01", "gender": "male"},
             "problems": [{"code": "L95", "onset": "2022-01-01"}],
             "agreements": [{"atc": "M05BA04", "start": "2023-01-01", "end": "2023-12-31"}]}
            """));
    run.add(patient("p4", "{\"patient\": {\"birthDate\": \"1980-01-01\", \"gender\": \"male\"}}"));
    run.add(
        patient(
            "p5",
            """
            {"patient": {"birthDate": "1950-01-01", "practice": "other"},
             "problems": [{"code": "L95", "onset": "2020-01-01"}]}
            """));
    return run.finish();
  }

  @Test
  void counts_the_practice_population_only() {
    Evaluation evaluation = smallPractice();

    assertThat(evaluation.population()).isEqualTo(4);
    assertThat(evaluation.referenceDate()).isEqualTo(P);
    assertThat(evaluation.measurementPeriodStart()).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(evaluation.indicator("OST-01").main().counts()).isEqualTo(new Counts(4, 4, 0, 3, 0));
  }

  @Test
  void counts_each_stratum_of_each_stratifier() {
    IndicatorResult ost04 = smallPractice().indicator("OST-04");

    assertThat(ost04.main().counts()).isEqualTo(new Counts(4, 3, 0, 1, 0));
    StratifierResult status =
        ost04.main().stratifiers().stream()
            .filter(s -> s.id().equals("treatment-status"))
            .findFirst()
            .orElseThrow();
    assertThat(status.strata())
        .extracting(StratumResult::code, s -> s.counts().denominator(), s -> s.counts().numerator())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("current", 1, 1),
            org.assertj.core.groups.Tuple.tuple("earlier-ge3y", 0, 0),
            org.assertj.core.groups.Tuple.tuple("earlier-lt3y", 1, 0),
            org.assertj.core.groups.Tuple.tuple("never", 1, 0));
    StratifierResult sex =
        ost04.main().stratifiers().stream()
            .filter(s -> s.id().equals("sex"))
            .findFirst()
            .orElseThrow();
    assertThat(sex.shared()).isTrue();
    assertThat(sex.strata())
        .filteredOn(s -> s.code().equals("female"))
        .extracting(s -> s.counts().denominator())
        .containsExactly(2);
  }

  @Test
  void the_worklist_holds_the_patients_with_the_facts_that_put_them_there_in_dutch() {
    WorklistResult worklist = smallPractice().indicator("OST-04").worklist();

    assertThat(worklist.title()).isEqualTo("Osteoporose zonder fractuurpreventie");
    assertThat(worklist.headers())
        .containsExactly("osteoporose sinds", "laatste fractuurpreventie t/m");
    assertThat(worklist.entries())
        .extracting(WorklistEntry::patientId, WorklistEntry::sentence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "p1", "osteoporose sinds 01-02-2020, nooit fractuurpreventie"),
            org.assertj.core.groups.Tuple.tuple(
                "p3",
                "osteoporose sinds 01-01-2022, laatste fractuurpreventie (alendroninezuur) t/m"
                    + " 31-12-2023"));
  }

  @Test
  void subject_lists_name_the_patients_of_each_population() {
    GroupResult ost04 = smallPractice().indicator("OST-04").main();

    assertThat(ost04.subjects().get("denominator")).containsExactly("p1", "p2", "p3");
    assertThat(ost04.subjects().get("numerator")).containsExactly("p2");
  }

  @Test
  void registration_problems_are_counted_by_kind_for_the_population() {
    Evaluation evaluation = smallPractice();

    // p2's L95.02 has no onset; p5 (another practice) is not counted.
    assertThat(evaluation.registrationProblems())
        .containsEntry(RegistrationProblem.Kind.PROBLEM_WITHOUT_ONSET, 1)
        .doesNotContainKey(RegistrationProblem.Kind.BIRTH_DATE_MISSING_OR_PARTIAL);
  }

  @Test
  void a_birth_date_after_the_peildatum_is_a_registration_problem_found_on_p() {
    Run run = ENGINE.start(PRACTICE, P);
    run.add(patient("p1", "{\"patient\": {\"birthDate\": \"2027-01-01\"}}"));
    run.add(patient("p2", "{\"patient\": {\"gender\": \"male\"}}"));

    assertThat(run.finish().registrationProblems())
        .containsEntry(RegistrationProblem.Kind.BIRTH_DATE_AFTER_REFERENCE_DATE, 1)
        .containsEntry(RegistrationProblem.Kind.BIRTH_DATE_MISSING_OR_PARTIAL, 1);
  }

  @Test
  void ost_09_reports_each_lab_component_as_its_own_group() {
    Run run = ENGINE.start(PRACTICE, P);
    run.add(
        patient(
            "p1",
            """
            {"patient": {"birthDate": "1950-03-01"},
             "agreements": [{"atc": "M05BA04", "start": "2026-06-01", "end": "2026-12-31"}],
             "labs": [{"analyte": "vitamin-d", "date": "2026-05-01", "value": 50},
                      {"analyte": "creatinine", "date": "2026-05-01", "value": 80}]}
            """));

    IndicatorResult ost09 = run.finish().indicator("OST-09");

    assertThat(ost09.groups())
        .extracting(GroupResult::code, g -> g.counts().denominator(), g -> g.counts().numerator())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OST-09", 1, 0),
            org.assertj.core.groups.Tuple.tuple("OST-09a", 1, 1),
            org.assertj.core.groups.Tuple.tuple("OST-09b", 1, 0),
            org.assertj.core.groups.Tuple.tuple("OST-09c", 1, 0),
            org.assertj.core.groups.Tuple.tuple("OST-09d", 1, 1));
    assertThat(ost09.worklist().entries().get(0).sentence())
        .isEqualTo(
            "start alendroninezuur 01-06-2026, ontbreekt: calcium en albumine, of gecorrigeerd"
                + " calcium, TSH");
  }

  @Test
  void each_result_names_the_definition_version_and_status() {
    IndicatorResult ost01 = smallPractice().indicator("OST-01");

    assertThat(ost01.definition().version()).isEqualTo("1.0.0");
    assertThat(ost01.definition().status().json()).isEqualTo("concept");
  }

  @Test
  void an_explanation_shows_every_criterion_with_its_outcome() {
    List<String> lines =
        ENGINE.explain(
            patient(
                "p1",
                """
                {"patient": {"birthDate": "1950-03-01"},
                 "agreements": [{"atc": "M05BA04", "start": "2024-01-01", "end": "2024-08-31"}]}
                """),
            PRACTICE,
            P,
            "OST-06");

    assertThat(lines)
        .containsSubsequence(
            "✓ in de praktijkpopulatie op 2026-11-23",
            "initiële populatie:",
            "  ✓ leeftijd op de peildatum ≥ 40 jaar",
            "noemer:",
            "  ✓ episode van atc-bisfosfonaten gestart in (P − P5Y, P]",
            "teller:",
            "  ✓ alle volgende",
            "    ✓ gestopt met atc-bisfosfonaten vóór de standaardbehandelduur van het laatste middel",
            "    ✓ niet",
            "      ✗ huidige gebruiker op de peildatum van atc-fractuurpreventie buiten"
                + " atc-bisfosfonaten");
  }

  @Test
  void a_patient_outside_the_population_has_no_memberships() {
    PatientResult result =
        ENGINE.evaluate(
            patient(
                "p1", "{\"patient\": {\"birthDate\": \"1950-01-01\", \"practice\": \"other\"}}"),
            PRACTICE,
            P);

    assertThat(result.inPopulation()).isFalse();
    assertThat(result.memberships()).isEmpty();
  }
}
