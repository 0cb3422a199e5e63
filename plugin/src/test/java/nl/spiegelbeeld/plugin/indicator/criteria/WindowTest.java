package nl.spiegelbeeld.plugin.indicator.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowTest {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);

  @Test
  void the_measurement_period_is_365_dates_ending_on_p() {
    Window period = Window.parse("P365D");

    assertThat(period.firstDay(P)).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(period.contains(LocalDate.of(2025, 11, 24), P)).isTrue();
    assertThat(period.contains(LocalDate.of(2025, 11, 23), P)).isFalse();
    assertThat(period.contains(P, P)).isTrue();
    assertThat(period.contains(P.plusDays(1), P)).isFalse();
  }

  @Test
  void five_calendar_years_exclude_p_minus_five_years_itself() {
    Window fiveYears = Window.parse("P5Y");

    assertThat(fiveYears.contains(P.minusYears(5), P)).isFalse();
    assertThat(fiveYears.contains(P.minusYears(5).plusDays(1), P)).isTrue();
  }

  @Test
  void the_lab_window_is_730_dates_ending_on_p() {
    assertThat(Window.parse("P730D").firstDay(P)).isEqualTo(LocalDate.of(2024, 11, 24));
  }

  @Test
  void an_empty_window_is_refused() {
    assertThatThrownBy(() -> Window.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
  }
}
