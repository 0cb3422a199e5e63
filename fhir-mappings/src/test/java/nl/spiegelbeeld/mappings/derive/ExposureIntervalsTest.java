package nl.spiegelbeeld.mappings.derive;

import static nl.spiegelbeeld.mappings.derive.Agreements.agreement;
import static nl.spiegelbeeld.mappings.derive.Agreements.open;
import static nl.spiegelbeeld.mappings.derive.Agreements.stopOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.mapping.DefaultCoverage;
import nl.spiegelbeeld.mappings.mapping.MedicationRequestMapper;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;

class ExposureIntervalsTest {

  private static final LocalDate P = LocalDate.of(2024, 6, 30);
  private static final String ALENDRONATE = "M05BA04";
  private static final String RISEDRONATE = "M05BA07";

  private static ExposureIntervals.Result of(Agreements... agreements) {
    return ExposureIntervals.of(List.of(agreements).stream().map(Agreements::fact).toList(), P);
  }

  private static ExposureInterval interval(String atc, String start, String end, String id) {
    return new ExposureInterval(atc, LocalDate.parse(start), LocalDate.parse(end), id);
  }

  @Test
  void an_interval_is_half_open_and_cut_at_the_day_after_p() {
    assertThat(of(agreement("a", ALENDRONATE, "2024-05-01", "2024-09-01")).intervals())
        .containsExactly(interval(ALENDRONATE, "2024-05-01", "2024-07-01", "a"));
  }

  @Test
  void a_prescription_dated_after_p_is_not_used_and_one_dated_on_p_is() {
    assertThat(of(agreement("a", ALENDRONATE, "2024-07-01", "2024-09-01")).intervals()).isEmpty();
    assertThat(of(agreement("a", ALENDRONATE, "2024-06-30", "2024-09-01")).intervals())
        .containsExactly(interval(ALENDRONATE, "2024-06-30", "2024-07-01", "a"));
  }

  @Test
  void a_duration_ends_the_interval_at_start_plus_duration() {
    assertThat(
            of(agreement("a", ALENDRONATE, "2023-01-31", "2023-02-01").duration(Period.ofMonths(1)))
                .intervals())
        .containsExactly(interval(ALENDRONATE, "2023-01-31", "2023-02-28", "a"));
  }

  @Test
  void an_open_active_agreement_runs_to_the_start_of_the_next_agreement_of_its_treatment() {
    ExposureIntervals.Result result =
        of(
            open("a", ALENDRONATE, "2024-01-01").treatment("T1"),
            agreement("b", RISEDRONATE, "2024-03-01", "2024-05-24").treatment("T1"));
    assertThat(result.intervals())
        .containsExactly(
            interval(ALENDRONATE, "2024-01-01", "2024-03-01", "a"),
            interval(RISEDRONATE, "2024-03-01", "2024-05-24", "b"));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void without_treatment_identifiers_the_next_agreement_is_the_next_one_of_the_same_atc() {
    assertThat(
            of(
                    open("a", ALENDRONATE, "2024-01-01"),
                    agreement("b", RISEDRONATE, "2024-02-01", "2024-03-01"),
                    agreement("c", ALENDRONATE, "2024-04-01", "2024-05-01"))
                .intervals())
        .contains(interval(ALENDRONATE, "2024-01-01", "2024-04-01", "a"));
  }

  @Test
  void an_agreement_of_another_treatment_does_not_end_an_open_one() {
    assertThat(
            of(
                    open("a", ALENDRONATE, "2024-01-01").treatment("T1"),
                    agreement("b", ALENDRONATE, "2024-03-01", "2024-04-01").treatment("T2"))
                .intervals())
        .contains(interval(ALENDRONATE, "2024-01-01", "2024-07-01", "a"));
  }

  @Test
  void an_open_active_agreement_without_a_next_one_runs_to_p() {
    ExposureIntervals.Result result = of(open("a", ALENDRONATE, "2023-07-01"));
    assertThat(result.intervals())
        .containsExactly(interval(ALENDRONATE, "2023-07-01", "2024-07-01", "a"));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void an_open_agreement_running_to_p_from_more_than_365_days_before_is_counted() {
    ExposureIntervals.Result result = of(open("a", ALENDRONATE, "2023-06-30"));
    assertThat(result.intervals())
        .containsExactly(interval(ALENDRONATE, "2023-06-30", "2024-07-01", "a"));
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind, RegistrationProblem::resourceId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RegistrationProblem.Kind.OPEN_AGREEMENT_OLDER_THAN_A_YEAR, "a"));
  }

  @Test
  void a_stop_agreement_ends_an_open_agreement_of_the_same_treatment_at_its_period_end() {
    assertThat(
            of(
                    open("a", ALENDRONATE, "2024-01-01").treatment("T1"),
                    agreement("s", ALENDRONATE, "2024-01-01", "2024-04-15")
                        .treatment("T1")
                        .stopType(StopType.STOP))
                .intervals())
        .containsExactly(
            interval(ALENDRONATE, "2024-01-01", "2024-04-15", "a"),
            interval(ALENDRONATE, "2024-01-01", "2024-04-15", "s"));
  }

  @Test
  void a_stop_without_period_of_use_ends_the_same_atc_at_its_authored_on_and_adds_nothing() {
    assertThat(
            of(
                    agreement("a", ALENDRONATE, "2024-01-01", "2024-04-01"),
                    stopOn("s", ALENDRONATE, "2024-02-10"),
                    agreement("r", RISEDRONATE, "2024-01-01", "2024-04-01"))
                .intervals())
        .containsExactly(
            interval(ALENDRONATE, "2024-01-01", "2024-02-10", "a"),
            interval(RISEDRONATE, "2024-01-01", "2024-04-01", "r"));
  }

  @Test
  void a_stop_does_not_end_the_new_agreement_that_starts_on_the_stop_day() {
    assertThat(
            of(
                    agreement("old", ALENDRONATE, "2024-01-01", "2024-04-01").treatment("T1"),
                    stopOn("s", ALENDRONATE, "2024-02-10").treatment("T1"),
                    agreement("new", ALENDRONATE, "2024-02-10", "2024-05-10").treatment("T1"))
                .intervals())
        .containsExactly(
            interval(ALENDRONATE, "2024-01-01", "2024-02-10", "old"),
            interval(ALENDRONATE, "2024-02-10", "2024-05-10", "new"));
  }

  @Test
  void a_stop_does_not_touch_an_interval_that_ended_before_it() {
    assertThat(
            of(
                    agreement("a", ALENDRONATE, "2024-01-01", "2024-02-01"),
                    stopOn("s", ALENDRONATE, "2024-03-01"))
                .intervals())
        .containsExactly(interval(ALENDRONATE, "2024-01-01", "2024-02-01", "a"));
  }

  @Test
  void a_cancelled_agreement_is_ignored_entirely() {
    assertThat(
            of(
                    open("a", ALENDRONATE, "2024-01-01"),
                    agreement("c", ALENDRONATE, "2024-03-01", "2024-06-01")
                        .stopType(StopType.CANCELLED))
                .intervals())
        .containsExactly(interval(ALENDRONATE, "2024-01-01", "2024-07-01", "a"));
  }

  @Test
  void unclassified_medication_gives_no_interval_but_is_the_next_agreement_of_its_treatment() {
    assertThat(
            of(
                    open("a", ALENDRONATE, "2024-01-01").treatment("T1"),
                    agreement("u", null, "2024-02-01", "2024-03-01").treatment("T1"))
                .intervals())
        .containsExactly(interval(ALENDRONATE, "2024-01-01", "2024-02-01", "a"));
  }

  @Test
  void agreements_of_two_patients_are_refused() {
    assertThatThrownBy(
            () ->
                of(
                    agreement("a", ALENDRONATE, "2024-01-01", "2024-02-01"),
                    agreement("b", ALENDRONATE, "2024-01-01", "2024-02-01").patient("pat-2")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intervals_of_a_class_are_those_with_an_atc_code_of_its_list() {
    CodeLists lists = CodeLists.shipped();
    List<ExposureInterval> intervals =
        of(
                agreement("a", ALENDRONATE, "2024-01-01", "2024-02-01"),
                agreement("d", "M05BX04", "2024-01-01", "2024-02-01"),
                agreement("p", "H02AB06", "2024-01-01", "2024-02-01"))
            .intervals();
    assertThat(ExposureIntervals.inClass(intervals, lists.get(CodeListNames.ATC_BISPHOSPHONATES)))
        .extracting(ExposureInterval::agreementId)
        .containsExactly("a");
    assertThat(
            ExposureIntervals.inClass(intervals, lists.get(CodeListNames.ATC_FRACTURE_PREVENTION)))
        .extracting(ExposureInterval::agreementId)
        .containsExactly("a", "d");
  }

  @Test
  void an_mp9_stop_agreement_from_fhir_ends_the_agreement_of_its_treatment() {
    CodeLists lists = CodeLists.shipped();
    MedicationRequestMapper mapper =
        new MedicationRequestMapper(
            GStandaardAtcTable.read(Fixtures.reader("medication/g-standaard-atc.csv")),
            DefaultCoverage.standard(lists));
    Map<String, Medication> medications =
        MedicationRequestMapper.index(
            List.of(Fixtures.read(Medication.class, "medication/medication-prk-alendronate.json")));
    List<MedicationAgreementFact> facts =
        List.of("mp9-agreement-utc.json", "stop-type-r4.json").stream()
            .map(f -> Fixtures.read(MedicationRequest.class, "medication/" + f))
            .map(r -> mapper.map(r, medications).fact().orElseThrow())
            .toList();
    List<ExposureInterval> intervals = ExposureIntervals.of(facts, P).intervals();
    assertThat(intervals)
        .extracting(ExposureInterval::endExclusive)
        .containsOnly(LocalDate.of(2023, 7, 15));
    assertThat(Episodes.merge(intervals, Episodes.DEFAULT_GAP_DAYS))
        .singleElement()
        .satisfies(e -> assertThat(e.days()).isEqualTo(42));
  }
}
