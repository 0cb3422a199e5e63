package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.hl7.fhir.r4.model.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  private static Duration duration(String value, String code, String unit) {
    Duration d = new Duration();
    d.setValue(new BigDecimal(value));
    if (code != null) {
      d.setCode(code);
    }
    if (unit != null) {
      d.setUnit(unit);
    }
    return d;
  }

  @ParameterizedTest
  @CsvSource({
    "90, d, , 2024-01-31, 2024-04-30",
    "12, wk, , 2024-01-31, 2024-04-24",
    "1, mo, , 2024-01-31, 2024-02-29",
    "3, mo, , 2023-11-30, 2024-02-29",
    "1, a, , 2024-02-29, 2025-02-28",
    "2, , weken, 2024-01-01, 2024-01-15",
    "6, , maanden, 2024-01-01, 2024-07-01"
  })
  void days_weeks_months_and_years_are_added_as_calendar_units(
      String value, String code, String unit, LocalDate start, LocalDate endExclusive) {
    Period period = Durations.toPeriod(duration(value, code, unit)).orElseThrow();
    assertThat(start.plus(period)).isEqualTo(endExclusive);
  }

  @Test
  void a_fractional_amount_becomes_whole_days_rounded_up() {
    assertThat(Durations.toPeriod(duration("1.5", "wk", null))).contains(Period.ofDays(11));
  }

  @Test
  void an_unknown_unit_or_a_non_positive_amount_is_not_usable() {
    assertThat(Durations.unusable(duration("3", "h", null))).isTrue();
    assertThat(Durations.unusable(duration("0", "d", null))).isTrue();
    assertThat(Durations.unusable(duration("-7", "d", null))).isTrue();
    assertThat(Durations.unusable(null)).isFalse();
  }
}
