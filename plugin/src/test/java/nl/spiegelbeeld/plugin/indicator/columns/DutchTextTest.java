package nl.spiegelbeeld.plugin.indicator.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.mappings.facts.LabFact;
import org.junit.jupiter.api.Test;

class DutchTextTest {

  @Test
  void dates_are_written_day_month_year_with_dashes() {
    assertThat(DutchText.date(LocalDate.of(2018, 3, 12))).isEqualTo("12-03-2018");
  }

  @Test
  void years_have_one_decimal_with_a_decimal_comma() {
    assertThat(DutchText.oneDecimal(2813 / 365.25)).isEqualTo("7,7");
    assertThat(DutchText.oneDecimal(5.0)).isEqualTo("5,0");
  }

  @Test
  void lab_values_keep_their_comparator_and_get_a_decimal_comma() {
    assertThat(DutchText.labValue(lab("90", LabFact.Comparator.GREATER_THAN))).isEqualTo(">90");
    assertThat(DutchText.labValue(lab("4.50", LabFact.Comparator.NONE))).isEqualTo("4,5");
    assertThat(DutchText.labValue(lab("60", LabFact.Comparator.LESS_OR_EQUAL))).isEqualTo("≤60");
    assertThat(DutchText.labValue(lab("1E+2", LabFact.Comparator.NONE))).isEqualTo("100");
  }

  private static LabFact lab(String value, LabFact.Comparator comparator) {
    return new LabFact(
        "o1",
        "p1",
        "lab-egfr",
        List.of(),
        LocalDate.of(2026, 1, 1),
        new BigDecimal(value),
        comparator,
        null,
        null);
  }
}
