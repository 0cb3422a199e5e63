package nl.spiegelbeeld.benchmark.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureTest {

  @Test
  void counts_of_seven_or_less_are_redacted_zero_included() {
    for (long count = 0; count <= 7; count++) {
      assertThat(Disclosure.count(count)).as("count %d", count).isEmpty();
    }
  }

  @Test
  void larger_counts_are_rounded_to_the_nearest_five() {
    assertThat(Disclosure.count(8)).hasValue(10);
    assertThat(Disclosure.count(12)).hasValue(10);
    assertThat(Disclosure.count(13)).hasValue(15);
    assertThat(Disclosure.count(15)).hasValue(15);
    assertThat(Disclosure.count(1234)).hasValue(1235);
  }

  @Test
  void figures_beyond_the_group_need_five_practices() {
    assertThat(Disclosure.enoughPractices(4)).isFalse();
    assertThat(Disclosure.enoughPractices(5)).isTrue();
  }
}
