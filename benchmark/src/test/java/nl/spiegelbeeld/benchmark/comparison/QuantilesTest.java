package nl.spiegelbeeld.benchmark.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {

  @Test
  void the_median_of_an_odd_number_is_the_middle_value_in_any_order() {
    assertThat(Quantiles.median(new double[] {0.5, 0.1, 0.3, 0.4, 0.2})).hasValue(0.3);
  }

  @Test
  void the_median_of_an_even_number_interpolates_between_the_middle_two() {
    assertThat(Quantiles.median(new double[] {4, 1, 3, 2})).hasValue(2.5);
  }

  @Test
  void one_practice_is_its_own_median_and_none_has_no_median() {
    assertThat(Quantiles.median(new double[] {0.42})).hasValue(0.42);
    assertThat(Quantiles.median(new double[0])).isEmpty();
  }

  @Test
  void deciles_of_one_to_ten_follow_type_7_at_h_equals_n_minus_1_times_p() {
    // h = 9p: p = 0.1 -> 1 + 0.9 = 1.9; p = 0.5 -> 5 + 0.5 = 5.5; p = 0.9 -> 9 + 0.1 = 9.1
    double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    assertThat(Quantiles.deciles(values))
        .hasSize(9)
        .satisfies(
            d -> {
              assertThat(d.get(0)).isCloseTo(1.9, within(1e-9));
              assertThat(d.get(1)).isCloseTo(2.8, within(1e-9));
              assertThat(d.get(4)).isCloseTo(5.5, within(1e-9));
              assertThat(d.get(8)).isCloseTo(9.1, within(1e-9));
            });
  }

  @Test
  void deciles_need_ten_practices() {
    assertThat(Quantiles.deciles(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9})).isEmpty();
  }
}
