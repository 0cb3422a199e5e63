package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.mappings.Fixtures;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.LabFact.Comparator;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind;
import nl.spiegelbeeld.mappings.mapping.MappingResult.IgnoreReason;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ObservationMapperTest {

  private static final CodeLists LISTS = CodeLists.shipped();
  private final ObservationMapper mapper = ObservationMapper.standard(LISTS, false);

  private MappingResult<LabFact> map(String fixture) {
    return mapper.map(Fixtures.read(Observation.class, "observation/" + fixture));
  }

  private static List<Kind> kinds(MappingResult<?> result) {
    return result.problems().stream().map(RegistrationProblem::kind).toList();
  }

  @Test
  void an_nhg_coded_egfr_quantity_is_an_egfr_value_on_its_local_date() {
    MappingResult<LabFact> result = map("egfr-nhg-quantity.json");
    LabFact f = result.fact().orElseThrow();
    assertThat(result.problems()).isEmpty();
    assertThat(f.analyte()).isEqualTo("lab-egfr");
    assertThat(f.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(f.value()).isEqualByComparingTo("55");
    assertThat(f.comparator()).isEqualTo(Comparator.NONE);
    assertThat(f.unit()).isEqualTo("mL/min/1.73m2");
    assertThat(f.text()).isNull();
  }

  @Test
  void a_greater_than_string_is_a_number_with_comparator_and_never_below() {
    LabFact f = map("egfr-loinc-string-greater-than.json").fact().orElseThrow();
    assertThat(f.value()).isEqualByComparingTo("90");
    assertThat(f.comparator()).isEqualTo(Comparator.GREATER_THAN);
    assertThat(f.text()).isEqualTo(">90");
    assertThat(f.isBelow(new BigDecimal("100"))).isFalse();
  }

  @Test
  void a_quantity_comparator_is_kept() {
    LabFact f = map("egfr-quantity-comparator.json").fact().orElseThrow();
    assertThat(f.comparator()).isEqualTo(Comparator.LESS_THAN);
    assertThat(f.value()).isEqualByComparingTo("15");
  }

  @Test
  void a_decimal_comma_parses_and_a_utc_date_becomes_the_local_date() {
    LabFact f = map("calcium-decimal-comma.json").fact().orElseThrow();
    assertThat(f.analyte()).isEqualTo("lab-calcium");
    assertThat(f.value()).isEqualByComparingTo("2.45");
    assertThat(f.date()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  @Test
  void an_nhg_table_45_code_in_oid_spelling_matches() {
    assertThat(map("creatinine-nhg-oid.json").fact().orElseThrow().analyte())
        .isEqualTo("lab-creatinine");
  }

  @Test
  void a_preliminary_result_dated_by_its_period_start_with_less_or_equal_sign_is_used() {
    LabFact f = map("tsh-period-preliminary.json").fact().orElseThrow();
    assertThat(f.date()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(f.comparator()).isEqualTo(Comparator.LESS_OR_EQUAL);
    assertThat(f.value()).isEqualByComparingTo("0.01");
  }

  @Test
  void text_that_is_not_a_number_is_kept_without_value_and_counted() {
    MappingResult<LabFact> result = map("vitamin-d-text.json");
    LabFact f = result.fact().orElseThrow();
    assertThat(f.isNumeric()).isFalse();
    assertThat(f.text()).isEqualTo("volgt");
    assertThat(kinds(result)).containsExactly(Kind.LAB_VALUE_NOT_NUMERIC);
  }

  @Test
  void a_code_in_no_list_is_ignored_and_counted_only_when_asked() {
    MappingResult<LabFact> quiet = map("ldl-unknown-code.json");
    assertThat(quiet.ignored()).contains(IgnoreReason.CODE_NOT_IN_CODE_LISTS);
    assertThat(quiet.problems()).isEmpty();
    MappingResult<LabFact> counted =
        ObservationMapper.standard(LISTS, true)
            .map(Fixtures.read(Observation.class, "observation/ldl-unknown-code.json"));
    assertThat(kinds(counted)).containsExactly(Kind.UNKNOWN_LAB_CODE);
  }

  @Test
  void a_registered_result_is_ignored() {
    assertThat(map("albumin-registered.json").ignored()).contains(IgnoreReason.STATUS_NOT_USED);
  }

  @Test
  void a_result_without_date_or_value_is_unusable_and_counted() {
    assertThat(kinds(map("albumin-without-date.json"))).containsExactly(Kind.LAB_WITHOUT_DATE);
    assertThat(kinds(map("albumin-without-value.json"))).containsExactly(Kind.LAB_WITHOUT_VALUE);
  }

  @Test
  void an_entered_in_error_result_is_ignored_and_counted() {
    Observation o = Fixtures.read(Observation.class, "observation/egfr-nhg-quantity.json");
    o.setStatus(Observation.ObservationStatus.ENTEREDINERROR);
    MappingResult<LabFact> result = mapper.map(o);
    assertThat(result.ignored()).contains(IgnoreReason.STATUS_NOT_USED);
    assertThat(kinds(result)).containsExactly(Kind.ENTERED_IN_ERROR);
  }
}
