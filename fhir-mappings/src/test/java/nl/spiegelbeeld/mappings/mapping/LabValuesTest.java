package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.spiegelbeeld.mappings.facts.LabFact.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabValuesTest {

  @ParameterizedTest
  @CsvSource({
    "'>90', 90, GREATER_THAN",
    "'<5', 5, LESS_THAN",
    "'4,5', 4.5, NONE",
    "'4.5', 4.5, NONE",
    "'≤ 60', 60, LESS_OR_EQUAL",
    "'≥60', 60, GREATER_OR_EQUAL",
    "'<=0,01', 0.01, LESS_OR_EQUAL",
    "'>= 1', 1, GREATER_OR_EQUAL",
    "' 72 ', 72, NONE"
  })
  void a_number_with_optional_comparator_and_decimal_comma_parses(
      String text, BigDecimal value, Comparator comparator) {
    assertThat(LabValues.parse(text))
        .hasValueSatisfying(
            p -> {
              assertThat(p.value()).isEqualByComparingTo(value);
              assertThat(p.comparator()).isEqualTo(comparator);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"volgt", "", "positief", "4,5 mmol/l", "60-90", "<", "1.000,5", "ca. 5"})
  void other_strings_are_not_numbers(String text) {
    assertThat(LabValues.parse(text)).isEmpty();
  }
}
