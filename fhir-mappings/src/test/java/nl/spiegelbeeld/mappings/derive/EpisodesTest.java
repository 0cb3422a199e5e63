package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import org.junit.jupiter.api.Test;

class EpisodesTest {

  private static final int G = Episodes.DEFAULT_GAP_DAYS;

  private static ExposureInterval interval(String atc, LocalDate start, LocalDate end) {
    return new ExposureInterval(atc, start, end, atc + start);
  }

  private static ExposureInterval interval(String start, String end) {
    return interval("M05BA04", LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void a_gap_of_exactly_90_days_joins_and_the_episode_includes_the_gap() {
    LocalDate end = LocalDate.of(2020, 4, 1);
    List<Episode> episodes =
        Episodes.merge(
            List.of(
                interval("2020-01-01", "2020-04-01"),
                interval("M05BA04", end.plusDays(90), end.plusDays(180))),
            G);
    assertThat(episodes).hasSize(1);
    assertThat(episodes.get(0).start()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(episodes.get(0).endExclusive()).isEqualTo(end.plusDays(180));
    assertThat(episodes.get(0).days()).isEqualTo(91 + 180);
  }

  @Test
  void a_gap_of_91_days_starts_a_new_episode() {
    LocalDate end = LocalDate.of(2020, 4, 1);
    List<Episode> episodes =
        Episodes.merge(
            List.of(
                interval("2020-01-01", "2020-04-01"),
                interval("M05BA04", end.plusDays(91), end.plusDays(180))),
            G);
    assertThat(episodes).hasSize(2);
    assertThat(Episodes.cumulativeDays(episodes)).isEqualTo(91 + 89);
  }

  @Test
  void the_gap_is_measured_from_the_largest_end_so_far() {
    List<Episode> episodes =
        Episodes.merge(
            List.of(
                interval("2020-02-01", "2020-03-01"),
                interval("2020-01-01", "2020-12-31"),
                interval("2021-03-31", "2021-04-30")),
            G);
    assertThat(episodes).hasSize(1);
    assertThat(episodes.get(0).intervals()).hasSize(3);
  }

  @Test
  void with_gap_zero_touching_intervals_join_and_a_day_apart_do_not() {
    assertThat(
            Episodes.merge(
                List.of(interval("2020-01-01", "2020-02-01"), interval("2020-02-01", "2020-03-01")),
                0))
        .hasSize(1);
    assertThat(
            Episodes.merge(
                List.of(interval("2020-01-01", "2020-02-01"), interval("2020-02-02", "2020-03-01")),
                0))
        .hasSize(2);
  }

  @Test
  void cumulative_duration_of_1826_days_is_not_more_than_five_years_and_1827_is() {
    StandardTreatmentDuration standard = StandardTreatmentDuration.standard(CodeLists.shipped());
    LocalDate start = LocalDate.of(2015, 1, 1);
    long days1826 =
        Episodes.cumulativeDays(
            Episodes.merge(List.of(interval("M05BA04", start, start.plusDays(1826))), G));
    long days1827 =
        Episodes.cumulativeDays(
            Episodes.merge(List.of(interval("M05BA04", start, start.plusDays(1827))), G));
    assertThat(days1826).isEqualTo(1826);
    assertThat(standard.exceededBy(days1826, "M05BA04")).isFalse();
    assertThat(standard.notReachedBy(days1826, "M05BA04")).isTrue();
    assertThat(standard.exceededBy(days1827, "M05BA04")).isTrue();
    assertThat(standard.notReachedBy(days1827, "M05BA04")).isFalse();
  }

  @Test
  void zoledronic_acid_has_a_standard_duration_of_three_years() {
    StandardTreatmentDuration standard = StandardTreatmentDuration.standard(CodeLists.shipped());
    assertThat(standard.yearsFor("M05BA08")).isEqualTo(3);
    assertThat(standard.yearsFor("M05BB08")).isEqualTo(3);
    assertThat(standard.yearsFor("M05BA04")).isEqualTo(5);
    assertThat(standard.exceededBy(1096, "M05BA08")).isTrue();
    assertThat(standard.exceededBy(1095, "M05BA08")).isFalse();
  }

  @Test
  void a_patient_is_a_current_user_while_end_plus_g_is_after_p() {
    LocalDate p = LocalDate.of(2024, 6, 30);
    List<Episode> current =
        Episodes.merge(List.of(interval("M05BA04", p.minusDays(200), p.minusDays(89))), G);
    assertThat(Episodes.isCurrentUser(current, p, G)).isTrue();
    assertThat(Episodes.isStopped(current, p, G)).isFalse();
    List<Episode> stopped =
        Episodes.merge(List.of(interval("M05BA04", p.minusDays(200), p.minusDays(90))), G);
    assertThat(Episodes.isCurrentUser(stopped, p, G)).isFalse();
    assertThat(Episodes.isStopped(stopped, p, G)).isTrue();
    assertThat(Episodes.isStopped(List.of(), p, G)).isFalse();
  }

  @Test
  void the_agent_is_the_most_recently_started_then_later_ending_then_lowest_code() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    assertThat(
            Episodes.agent(
                List.of(
                    interval("M05BA04", d, d.plusDays(300)),
                    interval("M05BA07", d.plusDays(10), d.plusDays(20)))))
        .contains("M05BA07");
    assertThat(
            Episodes.agent(
                List.of(
                    interval("M05BA04", d, d.plusDays(30)),
                    interval("M05BA07", d, d.plusDays(20)))))
        .contains("M05BA04");
    Episode tie =
        Episodes.merge(
                List.of(
                    interval("M05BA07", d, d.plusDays(30)), interval("M05BA04", d, d.plusDays(30))),
                G)
            .get(0);
    assertThat(tie.agent()).isEqualTo("M05BA04");
    assertThat(Episodes.agent(List.of())).isEmpty();
  }

  @Test
  void days_within_a_period_count_only_the_days_inside() {
    Episode e = Episodes.merge(List.of(interval("2023-12-01", "2024-02-01")), G).get(0);
    assertThat(e.daysWithin(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(31);
    assertThat(e.daysWithin(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31))).isZero();
    assertThat(Episodes.years(1461)).isEqualTo(4.0);
  }
}
