package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.Category;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.PeriodSource;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind;
import nl.spiegelbeeld.mappings.mapping.MappingResult.IgnoreReason;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicationRequestMapperTest {

  private static final CodeLists LISTS = CodeLists.shipped();
  private static final GStandaardAtcTable TABLE =
      GStandaardAtcTable.read(Fixtures.reader("medication/g-standaard-atc.csv"));
  private static final Map<String, Medication> MEDICATIONS =
      MedicationRequestMapper.index(
          List.of(Fixtures.read(Medication.class, "medication/medication-prk-alendronate.json")));

  private final MedicationRequestMapper mapper =
      new MedicationRequestMapper(TABLE, DefaultCoverage.standard(LISTS));

  private static MedicationRequest request(String fixture) {
    return Fixtures.read(MedicationRequest.class, "medication/" + fixture);
  }

  private MappingResult<MedicationAgreementFact> map(MedicationRequest request) {
    return mapper.map(request, MEDICATIONS);
  }

  private MappingResult<MedicationAgreementFact> map(String fixture) {
    return map(request(fixture));
  }

  private static List<Kind> kinds(MappingResult<?> result) {
    return result.problems().stream().map(RegistrationProblem::kind).toList();
  }

  @Test
  void an_mp9_agreement_with_a_utc_period_of_use_covers_local_dates_end_inclusive() {
    MappingResult<MedicationAgreementFact> result = map("mp9-agreement-utc.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.patientId()).isEqualTo("pat-1");
    assertThat(f.start()).isEqualTo(LocalDate.of(2023, 6, 3));
    assertThat(f.endExclusive()).isEqualTo(LocalDate.of(2023, 9, 2));
    assertThat(f.periodSource()).isEqualTo(PeriodSource.PERIOD_OF_USE);
    assertThat(f.category()).isEqualTo(Category.MEDICATION_AGREEMENT);
    assertThat(f.stopType()).isEqualTo(StopType.NONE);
    assertThat(f.treatmentId()).isEqualTo("urn:oid:2.16.840.1.113883.2.4.3.11.999.77.1|MBH-1");
    assertThat(f.authoredOn()).isEqualTo(LocalDate.of(2023, 6, 2));
    assertThat(f.status()).isEqualTo("active");
    assertThat(f.intent()).isEqualTo("order");
  }

  @Test
  void a_g_standaard_coded_medication_is_classified_through_the_table() {
    MedicationAgreementFact f = map("mp9-agreement-utc.json").fact().orElseThrow();
    assertThat(f.atc()).isEqualTo("M05BA04");
    assertThat(f.medicationCode()).isEqualTo(new Code(CodeSystems.G_STANDAARD_PRK, "900011"));
  }

  @Test
  void without_a_table_row_a_g_standaard_coded_medication_is_unclassified_and_counted() {
    MedicationRequestMapper withoutTable =
        new MedicationRequestMapper(GStandaardAtcTable.empty(), DefaultCoverage.standard(LISTS));
    MappingResult<MedicationAgreementFact> result =
        withoutTable.map(request("mp9-agreement-utc.json"), MEDICATIONS);
    assertThat(result.fact().orElseThrow().atc()).isNull();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind, RegistrationProblem::detail)
        .containsExactly(
            tuple(Kind.MEDICATION_UNCLASSIFIED, CodeSystems.G_STANDAARD_PRK + "|900011"));
  }

  @Test
  void stu3_extension_urls_on_an_r4_resource_give_start_and_sibling_duration() {
    MappingResult<MedicationAgreementFact> result = map("stu3-urls-on-r4.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.start()).isEqualTo(LocalDate.of(2023, 6, 3));
    assertThat(f.endExclusive()).isNull();
    assertThat(f.duration()).isEqualTo(Period.ofDays(90));
    assertThat(f.plannedEndExclusive()).contains(LocalDate.of(2023, 9, 1));
    assertThat(f.category()).isEqualTo(Category.MEDICATION_AGREEMENT);
    assertThat(f.treatmentId()).endsWith("|MBH-7");
  }

  @Test
  void an_atc_coding_in_oid_spelling_classifies_directly() {
    MedicationAgreementFact f = map("stu3-urls-on-r4.json").fact().orElseThrow();
    assertThat(f.atc()).isEqualTo("H02AB06");
    assertThat(f.medicationCode()).isEqualTo(new Code(CodeSystems.ATC, "H02AB06"));
  }

  @Test
  void an_end_at_local_midnight_is_the_first_day_without() {
    MedicationAgreementFact f = map("end-at-local-midnight.json").fact().orElseThrow();
    assertThat(f.start()).isEqualTo(LocalDate.of(2023, 6, 3));
    assertThat(f.endExclusive()).isEqualTo(LocalDate.of(2023, 9, 2));
  }

  @Test
  void a_nested_r4_duration_in_weeks_ends_start_plus_seven_days_a_week() {
    MedicationAgreementFact f = map("r4-start-and-nested-duration.json").fact().orElseThrow();
    assertThat(f.start()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(f.duration()).isEqualTo(Period.ofWeeks(12));
    assertThat(f.plannedEndExclusive()).contains(LocalDate.of(2024, 4, 24));
  }

  @Test
  void an_end_and_a_duration_without_start_start_at_end_minus_duration() {
    MedicationRequest request = request("stu3-urls-on-r4.json");
    org.hl7.fhir.r4.model.Period period =
        (org.hl7.fhir.r4.model.Period) request.getExtension().get(0).getValue();
    period.setStartElement(null);
    period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2023-08-31"));
    MedicationAgreementFact f = map(request).fact().orElseThrow();
    assertThat(f.endExclusive()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(f.start()).isEqualTo(LocalDate.of(2023, 6, 3));
  }

  @Test
  void an_active_agreement_with_only_a_start_is_open() {
    MappingResult<MedicationAgreementFact> result = map("open-active.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.isOpen()).isTrue();
    assertThat(f.start()).isEqualTo(LocalDate.of(2022, 5, 1));
    assertThat(f.periodSource()).isEqualTo(PeriodSource.PERIOD_OF_USE);
  }

  @Test
  void a_completed_agreement_with_only_a_start_gets_the_default_coverage() {
    MedicationRequest request = request("open-active.json");
    request.setStatus(MedicationRequestStatus.COMPLETED);
    MappingResult<MedicationAgreementFact> result = map(request);
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(f.start()).isEqualTo(LocalDate.of(2022, 5, 1));
    assertThat(f.duration()).isEqualTo(Period.ofDays(183));
    assertThat(kinds(result)).containsExactly(Kind.AGREEMENT_WITHOUT_PERIOD_OF_USE);
  }

  @Test
  void a_bounds_period_is_used_when_there_is_no_period_of_use() {
    MappingResult<MedicationAgreementFact> result = map("generic-bounds-period.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.periodSource()).isEqualTo(PeriodSource.BOUNDS_PERIOD);
    assertThat(f.start()).isEqualTo(LocalDate.of(2022, 1, 10));
    assertThat(f.endExclusive()).isEqualTo(LocalDate.of(2022, 4, 10));
    assertThat(f.category()).isEqualTo(Category.NONE);
  }

  @Test
  void an_expected_supply_duration_counts_once_plus_every_repeat() {
    MappingResult<MedicationAgreementFact> result = map("generic-supply-duration.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.periodSource()).isEqualTo(PeriodSource.SUPPLY_DURATION);
    assertThat(f.duration()).isEqualTo(Period.ofDays(84));
    assertThat(f.plannedEndExclusive()).contains(LocalDate.of(2022, 5, 24));
    assertThat(f.category()).isEqualTo(Category.OTHER);
    assertThat(f.intent()).isEqualTo("original-order");
  }

  @Test
  void a_supply_in_months_and_years_is_added_as_calendar_units() {
    assertThat(map("contained-medication.json").fact().orElseThrow().plannedEndExclusive())
        .contains(LocalDate.of(2023, 3, 1));
    assertThat(map("text-only-medication.json").fact().orElseThrow().plannedEndExclusive())
        .contains(LocalDate.of(2024, 2, 1));
  }

  @Test
  void an_agreement_without_period_gets_the_default_coverage_and_is_counted() {
    MappingResult<MedicationAgreementFact> result = map("no-period-zoledronic-acid.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(f.start()).isEqualTo(LocalDate.of(2021, 11, 15));
    assertThat(f.periodSource()).isEqualTo(PeriodSource.DEFAULT_COVERAGE);
    assertThat(f.duration()).isEqualTo(Period.ofDays(365));
    assertThat(kinds(result)).containsExactly(Kind.AGREEMENT_WITHOUT_PERIOD_OF_USE);
  }

  @ParameterizedTest
  @CsvSource({
    "M05BA04, 90",
    "M05BB03, 90",
    "G03XC01, 90",
    "M05BA08, 365",
    "M05BB08, 365",
    "M05BX04, 183",
    "H05AA02, 28",
    "M05BX06, 30",
    "H02AB06, 7",
    "H02AB09, 90",
    "C10AA01, 90"
  })
  void the_default_coverage_depends_on_the_agent(String atc, int days) {
    MedicationRequest request = request("no-period-zoledronic-acid.json");
    request.getMedicationCodeableConcept().getCodingFirstRep().setCode(atc);
    assertThat(map(request).fact().orElseThrow().duration()).isEqualTo(Period.ofDays(days));
  }

  @Test
  void an_agreement_without_any_start_is_unusable() {
    MedicationRequest request = request("no-period-zoledronic-acid.json");
    request.setAuthoredOnElement(null);
    MappingResult<MedicationAgreementFact> result = map(request);
    assertThat(result.fact()).isEmpty();
    assertThat(kinds(result)).contains(Kind.AGREEMENT_WITHOUT_START);
  }

  @Test
  void an_end_before_the_start_is_unusable() {
    MedicationRequest request = request("end-at-local-midnight.json");
    org.hl7.fhir.r4.model.Period period =
        (org.hl7.fhir.r4.model.Period) request.getExtension().get(0).getValue();
    period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType("2023-06-01"));
    MappingResult<MedicationAgreementFact> result = map(request);
    assertThat(result.fact()).isEmpty();
    assertThat(kinds(result)).containsExactly(Kind.AGREEMENT_END_BEFORE_START);
  }

  @Test
  void a_dispense_request_is_ignored() {
    MappingResult<MedicationAgreementFact> result = map("dispense-request.json");
    assertThat(result.fact()).isEmpty();
    assertThat(result.ignored()).contains(IgnoreReason.DISPENSE_REQUEST);
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void statuses_draft_cancelled_and_entered_in_error_are_ignored_and_only_the_error_counted() {
    for (MedicationRequestStatus status :
        List.of(MedicationRequestStatus.DRAFT, MedicationRequestStatus.CANCELLED)) {
      MedicationRequest request = request("mp9-agreement-utc.json").setStatus(status);
      assertThat(map(request).ignored()).contains(IgnoreReason.STATUS_NOT_USED);
      assertThat(map(request).problems()).isEmpty();
    }
    MedicationRequest error =
        request("mp9-agreement-utc.json").setStatus(MedicationRequestStatus.ENTEREDINERROR);
    assertThat(map(error).ignored()).contains(IgnoreReason.STATUS_NOT_USED);
    assertThat(kinds(map(error))).containsExactly(Kind.ENTERED_IN_ERROR);
  }

  @Test
  void do_not_perform_is_ignored() {
    MedicationRequest request = request("mp9-agreement-utc.json").setDoNotPerform(true);
    assertThat(map(request).ignored()).contains(IgnoreReason.DO_NOT_PERFORM);
  }

  @Test
  void intents_other_than_order_original_order_and_plan_are_ignored() {
    assertThat(
            map(request("mp9-agreement-utc.json").setIntent(MedicationRequestIntent.PROPOSAL))
                .ignored())
        .contains(IgnoreReason.INTENT_NOT_USED);
    assertThat(
            map(request("mp9-agreement-utc.json").setIntent(MedicationRequestIntent.PLAN)).fact())
        .isPresent();
  }

  @Test
  void an_r4_stop_type_is_a_stop_at_its_period_end() {
    MedicationAgreementFact f = map("stop-type-r4.json").fact().orElseThrow();
    assertThat(f.stopType()).isEqualTo(StopType.STOP);
    assertThat(f.endExclusive()).isEqualTo(LocalDate.of(2023, 7, 15));
  }

  @Test
  void a_coded_reason_for_stopping_is_kept_with_its_display() {
    MedicationAgreementFact f = map("stop-type-r4-with-reason.json").fact().orElseThrow();

    assertThat(f.reason())
        .isEqualTo(
            new MedicationAgreementFact.Reason(
                new Code(CodeSystems.SNOMED_CT, "281647001"), "bijwerking"));
  }

  @Test
  void an_agreement_without_reason_code_has_no_reason() {
    assertThat(map("stop-type-r4.json").fact().orElseThrow().reason()).isNull();
  }

  @Test
  void stop_type_geannuleerd_is_cancelled() {
    assertThat(map("stop-type-cancelled.json").fact().orElseThrow().stopType())
        .isEqualTo(StopType.CANCELLED);
  }

  @Test
  void an_stu3_stop_type_on_an_r4_resource_is_a_stop_without_period_of_its_own() {
    MappingResult<MedicationAgreementFact> result = map("stop-type-stu3-on-r4.json");
    MedicationAgreementFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.stopType()).isEqualTo(StopType.STOP);
    assertThat(f.periodSource()).isEqualTo(PeriodSource.NONE);
    assertThat(f.start()).isEqualTo(LocalDate.of(2023, 8, 20));
    assertThat(f.plannedEndExclusive()).isEmpty();
  }

  @Test
  void every_r4_stop_code_but_geannuleerd_is_a_stop_and_an_unknown_code_a_counted_stop() {
    for (String code : List.of("410546004", "113371000146109", "385655000", "113381000146106")) {
      assertThat(map(withStopType(CodeSystems.SNOMED_CT, code)).fact().orElseThrow().stopType())
          .isEqualTo(StopType.STOP);
    }
    assertThat(map(withStopType(CodeSystems.STOP_TYPE_STU3, "1")).fact().orElseThrow().stopType())
        .isEqualTo(StopType.STOP);
    MappingResult<MedicationAgreementFact> unknown = map(withStopType(CodeSystems.SNOMED_CT, "1"));
    assertThat(unknown.fact().orElseThrow().stopType()).isEqualTo(StopType.STOP);
    assertThat(kinds(unknown)).containsExactly(Kind.STOP_TYPE_UNKNOWN);
  }

  private static MedicationRequest withStopType(String system, String code) {
    MedicationRequest request = request("mp9-agreement-utc.json");
    request
        .addModifierExtension()
        .setUrl("http://nictiz.nl/fhir/StructureDefinition/ext-StopType")
        .setValue(new CodeableConcept(new Coding(system, code, null)));
    return request;
  }

  @Test
  void a_contained_medication_is_classified_through_the_table() {
    MedicationAgreementFact f = map("contained-medication.json").fact().orElseThrow();
    assertThat(f.atc()).isEqualTo("H02AB06");
    assertThat(f.medicationCode()).isEqualTo(new Code(CodeSystems.G_STANDAARD_GPK, "990021"));
  }

  @Test
  void a_text_only_medication_is_unclassified_and_counted() {
    MappingResult<MedicationAgreementFact> result = map("text-only-medication.json");
    assertThat(result.fact().orElseThrow().atc()).isNull();
    assertThat(result.fact().orElseThrow().medicationCode()).isNull();
    assertThat(kinds(result)).containsExactly(Kind.MEDICATION_UNCLASSIFIED);
  }

  @Test
  void a_medication_reference_that_cannot_be_found_is_counted() {
    MappingResult<MedicationAgreementFact> result =
        mapper.map(request("mp9-agreement-utc.json"), Map.of());
    assertThat(result.fact().orElseThrow().atc()).isNull();
    assertThat(result.problems())
        .extracting(RegistrationProblem::kind, RegistrationProblem::detail)
        .containsExactly(tuple(Kind.MEDICATION_NOT_FOUND, "Medication/med-alendronate"));
  }

  @Test
  void a_product_the_table_excludes_is_ignored_and_counted_even_with_an_atc_coding() {
    MappingResult<MedicationAgreementFact> result = map("oncology-product.json");
    assertThat(result.fact()).isEmpty();
    assertThat(result.ignored()).contains(IgnoreReason.EXCLUDED_PRODUCT);
    assertThat(kinds(result)).containsExactly(Kind.MEDICATION_EXCLUDED_PRODUCT);
  }
}
