package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreatmentStartsTest {

  private static ExposureInterval interval(LocalDate start, LocalDate end) {
    return new ExposureInterval("M05BA04", start, end, "a" + start);
  }

  @Test
  void a_start_365_days_after_the_previous_end_is_a_new_treatment_start() {
    LocalDate s = LocalDate.of(2024, 3, 1);
    List<ExposureInterval> intervals =
        List.of(interval(s.minusDays(465), s.minusDays(365)), interval(s, s.plusDays(84)));
    assertThat(TreatmentStarts.of(intervals, 365)).containsExactly(s.minusDays(465), s);
  }

  @Test
  void a_start_364_days_after_the_previous_end_continues_treatment() {
    LocalDate s = LocalDate.of(2024, 3, 1);
    List<ExposureInterval> intervals =
        List.of(interval(s.minusDays(465), s.minusDays(364)), interval(s, s.plusDays(84)));
    assertThat(TreatmentStarts.of(intervals, 365)).containsExactly(s.minusDays(465));
  }

  @Test
  void an_interval_overlapping_the_start_day_from_before_is_a_continuation() {
    LocalDate s = LocalDate.of(2024, 3, 1);
    List<ExposureInterval> intervals =
        List.of(interval(s.minusDays(10), s.plusDays(10)), interval(s, s.plusDays(84)));
    assertThat(TreatmentStarts.of(intervals, 365)).containsExactly(s.minusDays(10));
  }

  @Test
  void the_first_start_in_the_period_counts() {
    LocalDate p = LocalDate.of(2024, 6, 30);
    LocalDate from = p.minusDays(364);
    List<ExposureInterval> intervals =
        List.of(
            interval(from.minusDays(1), from.plusDays(30)),
            interval(from.plusDays(500 - 364), from.plusDays(200)),
            interval(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2)));
    assertThat(TreatmentStarts.firstIn(intervals, from, p)).isEmpty();
    assertThat(TreatmentStarts.firstIn(List.of(interval(from, from.plusDays(5))), from, p))
        .contains(from);
  }
}
