package nl.spiegelbeeld.benchmark.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AchievableBenchmarkTest {

  @Test
  void the_best_practices_by_adjusted_fraction_until_ten_percent_of_all_denominators() {
    // Σd = 20 + 10 + 100 + 100 + 70 = 300, so the best need Σd >= 30.
    // (x+1)/(d+2): B 19/22 = .864, A 10/12 = .833, D 61/102, C 51/102, E 31/72.
    // B and A have the same raw 90%; the adjustment ranks the larger B first.
    // B (20) then A (30 >= 30): 27/30 = 90%.
    List<Performance> practices =
        List.of(p(1, 9, 10), p(2, 18, 20), p(3, 50, 100), p(4, 60, 100), p(5, 30, 70));

    AchievableBenchmark.Result abc = AchievableBenchmark.of(practices, false).orElseThrow();

    assertThat(abc.value()).isCloseTo(27.0 / 30, within(1e-12));
    assertThat(abc.practices()).extracting(Performance::practiceId).containsExactly(2L, 1L);
  }

  @Test
  void every_practice_tied_with_the_last_one_taken_is_included() {
    // Σd = 20 + 10 + 16 + 100 + 100 + 54 = 300: the best need Σd >= 30.
    // A 9/10 and F 14/16 tie at (x+1)/(d+2) = 5/6. B (20), then A or F reaches 30;
    // the other is tied with it and joins: (18 + 9 + 14) / (20 + 10 + 16) = 41/46.
    List<Performance> practices =
        List.of(
            p(1, 9, 10), p(2, 18, 20), p(6, 14, 16), p(3, 50, 100), p(4, 60, 100), p(5, 30, 54));

    AchievableBenchmark.Result abc = AchievableBenchmark.of(practices, false).orElseThrow();

    assertThat(abc.value()).isCloseTo(41.0 / 46, within(1e-12));
    assertThat(abc.practices()).extracting(Performance::practiceId).contains(1L, 2L, 6L).hasSize(3);
  }

  @Test
  void where_lower_is_better_the_ranking_is_ascending() {
    // (x+1)/(d+2): P1 1/52 lowest; Σd = 300, P1 alone has 50 >= 30: 0/50.
    List<Performance> practices = List.of(p(1, 0, 50), p(2, 5, 50), p(3, 40, 100), p(4, 20, 100));

    AchievableBenchmark.Result abc = AchievableBenchmark.of(practices, true).orElseThrow();

    assertThat(abc.value()).isZero();
    assertThat(abc.practices()).extracting(Performance::practiceId).containsExactly(1L);
  }

  @Test
  void nothing_to_rank_gives_no_benchmark() {
    assertThat(AchievableBenchmark.of(List.of(), false)).isEmpty();
  }

  private static Performance p(long id, int x, int d) {
    return new Performance(id, x, d);
  }
}
