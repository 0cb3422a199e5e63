package nl.spiegelbeeld.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegelbeeld.plugin.api.DutchNumbers.Language;
import org.junit.jupiter.api.Test;

class DutchNumbersTest {

  @Test
  void percentages_are_whole_and_rounded_half_up() {
    assertThat(DutchNumbers.percent(23, 61)).isEqualTo("38%");
    assertThat(DutchNumbers.percent(1, 8)).as("12.5 rounds up").isEqualTo("13%");
    assertThat(DutchNumbers.percent(0, 10)).isEqualTo("0%");
    assertThat(DutchNumbers.percent(10, 10)).isEqualTo("100%");
  }

  @Test
  void a_share_that_is_not_zero_or_everyone_never_reads_as_0_or_100_percent() {
    assertThat(DutchNumbers.percent(1, 400)).isEqualTo("< 1%");
    assertThat(DutchNumbers.percent(399, 400)).isEqualTo("> 99%");
  }

  @Test
  void rates_per_thousand_have_one_decimal_with_the_languages_separator() {
    assertThat(DutchNumbers.perThousand(46, 1491, Language.NL)).isEqualTo("30,9");
    assertThat(DutchNumbers.perThousand(46, 1491, Language.EN)).isEqualTo("30.9");
    assertThat(DutchNumbers.perThousand(0, 1491, Language.NL)).isEqualTo("0,0");
  }

  @Test
  void counts_have_a_thousands_separator() {
    assertThat(DutchNumbers.count(12345, Language.NL)).isEqualTo("12.345");
    assertThat(DutchNumbers.count(12345, Language.EN)).isEqualTo("12,345");
    assertThat(DutchNumbers.count(999, Language.NL)).isEqualTo("999");
  }

  @Test
  void the_chart_rate_is_null_without_a_denominator() {
    assertThat(DutchNumbers.rate(1, 0, 100)).isNull();
    assertThat(DutchNumbers.rate(23, 61, 100)).isEqualTo(37.7);
    assertThat(DutchNumbers.rate(46, 1491, 1000)).isEqualTo(30.9);
  }

  @Test
  void a_numerator_above_the_denominator_is_refused() {
    assertThatThrownBy(() -> DutchNumbers.percent(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DutchNumbers.percent(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
