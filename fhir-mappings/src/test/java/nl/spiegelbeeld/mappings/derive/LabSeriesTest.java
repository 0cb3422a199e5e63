package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.mappings.facts.LabFact.Comparator;
import org.junit.jupiter.api.Test;

class LabSeriesTest {

  private static final CodeList CKD_EPI = CodeLists.shipped().get("lab-egfr-ckd-epi");
  private static final LocalDate D = LocalDate.of(2024, 3, 4);

  private static LabFact egfr(String id, Code code, LocalDate date, String value, Comparator c) {
    return new LabFact(
        id,
        "pat-1",
        "lab-egfr",
        List.of(code),
        date,
        value == null ? null : new BigDecimal(value),
        c,
        "mL/min/{1.73_m2}",
        null);
  }

  private static LabFact egfr(String id, Code code, String value) {
    return egfr(id, code, D, value, Comparator.NONE);
  }

  private static final Code CKD_EPI_NHG = new Code(CodeSystems.NHG_TABEL_45, "3583");
  private static final Code CKD_EPI_2021 = new Code(CodeSystems.LOINC, "98979-8");
  private static final Code MDRD = new Code(CodeSystems.LOINC, "33914-3");
  private static final Code MDRD_NHG = new Code(CodeSystems.NHG_TABEL_45, "1919");

  @Test
  void two_egfr_values_on_one_date_keep_the_ckd_epi_one_even_when_another_is_lower() {
    LabSeries series =
        LabSeries.egfrPerDate(
            List.of(egfr("mdrd", MDRD, "42"), egfr("ckd", CKD_EPI_NHG, "48")), CKD_EPI);
    assertThat(series.values()).extracting(LabFact::resourceId).containsExactly("ckd");
  }

  @Test
  void two_ckd_epi_values_on_one_date_keep_the_lowest() {
    LabSeries series =
        LabSeries.egfrPerDate(
            List.of(egfr("a", CKD_EPI_NHG, "48"), egfr("b", CKD_EPI_2021, "46")), CKD_EPI);
    assertThat(series.values()).extracting(LabFact::resourceId).containsExactly("b");
  }

  @Test
  void without_ckd_epi_the_lowest_value_of_the_date_is_kept() {
    LabSeries series =
        LabSeries.egfrPerDate(List.of(egfr("a", MDRD, "55"), egfr("b", MDRD_NHG, "52")), CKD_EPI);
    assertThat(series.values()).extracting(LabFact::resourceId).containsExactly("b");
  }

  @Test
  void a_less_than_value_is_lower_than_the_same_number_without_comparator() {
    LabSeries series =
        LabSeries.egfrPerDate(
            List.of(
                egfr("plain", MDRD, D, "5", Comparator.NONE),
                egfr("less", MDRD, D, "5", Comparator.LESS_THAN)),
            CKD_EPI);
    assertThat(series.values()).extracting(LabFact::resourceId).containsExactly("less");
  }

  @Test
  void one_value_per_date_in_date_order_and_non_numbers_left_out() {
    LabSeries series =
        LabSeries.egfrPerDate(
            List.of(
                egfr("later", CKD_EPI_NHG, D.plusDays(90), "50", Comparator.NONE),
                egfr("text", CKD_EPI_NHG, D.plusDays(100), null, Comparator.NONE),
                egfr("first", CKD_EPI_NHG, D, "58", Comparator.NONE)),
            CKD_EPI);
    assertThat(series.values()).extracting(LabFact::resourceId).containsExactly("first", "later");
    assertThat(series.latest()).map(LabFact::resourceId).contains("later");
    assertThat(series.between(D.plusDays(1), D.plusDays(90)).values())
        .extracting(LabFact::resourceId)
        .containsExactly("later");
    assertThat(series.between(D.plusDays(91), D.plusDays(200)).isEmpty()).isTrue();
  }

  @Test
  void a_series_of_another_analyte_keeps_only_that_analyte() {
    LabFact calcium =
        new LabFact(
            "ca",
            "pat-1",
            "lab-calcium",
            List.of(new Code(CodeSystems.LOINC, "2000-8")),
            D,
            new BigDecimal("2.4"),
            Comparator.NONE,
            "mmol/L",
            null);
    assertThat(LabSeries.of(List.of(calcium, egfr("e", MDRD, "50")), "lab-calcium").values())
        .containsExactly(calcium);
  }

  @Test
  void below_t_follows_the_comparator() {
    BigDecimal t = new BigDecimal("60");
    assertThat(egfr("a", MDRD, D, "59.9", Comparator.NONE).isBelow(t)).isTrue();
    assertThat(egfr("a", MDRD, D, "60", Comparator.NONE).isBelow(t)).isFalse();
    assertThat(egfr("a", MDRD, D, "60", Comparator.LESS_THAN).isBelow(t)).isTrue();
    assertThat(egfr("a", MDRD, D, "60", Comparator.LESS_OR_EQUAL).isBelow(t)).isTrue();
    assertThat(egfr("a", MDRD, D, "61", Comparator.LESS_THAN).isBelow(t)).isFalse();
    assertThat(egfr("a", MDRD, D, "5", Comparator.GREATER_THAN).isBelow(t)).isFalse();
    assertThat(egfr("a", MDRD, D, "5", Comparator.GREATER_OR_EQUAL).isBelow(t)).isFalse();
    assertThat(egfr("a", MDRD, D, null, Comparator.NONE).isBelow(t)).isFalse();
  }
}
