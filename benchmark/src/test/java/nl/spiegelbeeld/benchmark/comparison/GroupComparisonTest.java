package nl.spiegelbeeld.benchmark.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.group.PeerGroup;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeContext;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {

  private static final LocalDate START = LocalDate.of(2025, 11, 24);
  private static final LocalDate END = LocalDate.of(2026, 11, 23);
  private static final MeasureDefinition OST04 =
      new MeasureDefinition(
          "https://spiegelbeeld.nl/fhir/Measure/OST-04",
          "1.0.0",
          "Medicamenteuze fractuurpreventie bij osteoporose",
          "increase",
          List.of("OST-04"),
          List.of("sex", "age-band", "age-band-shared"));

  private static final Practice A = practice(1, "01000001", "De Linde");
  private static final Practice B = practice(2, "01000002", "Noord");
  private static final Practice C = practice(3, "01000003", "Zuid");
  private static final Practice D = practice(4, "01000004", "West");

  @Test
  void suppressed_practices_are_shown_but_left_out_of_total_median_and_best_ten_percent() {
    PeerGroup group = new PeerGroup(7, "Wijkgroep Oost", 5, false, List.of(A, B, C, D));
    List<ResultRow> rows =
        List.of(
            row(A, "1.0.0", START, END, 40, 30),
            row(B, "1.0.0", START, END, 50, 10),
            row(C, "1.0.0", START, END, 20, null));

    GroupComparison.View view =
        GroupComparison.of(group, B.id(), OST04, "OST-04", START, END, rows);

    assertThat(view.practices())
        .extracting(
            GroupComparison.PracticeRow::practice,
            GroupComparison.PracticeRow::you,
            GroupComparison.PracticeRow::submitted,
            GroupComparison.PracticeRow::percentage,
            GroupComparison.PracticeRow::suppressed)
        .containsExactly(
            tuple("Praktijk 1", false, true, 75.0, false),
            tuple("Noord", true, true, 20.0, false),
            tuple("Praktijk 3", false, true, null, true),
            tuple("Praktijk 4", false, false, null, false));
    // A 30/40 and B 10/50: 40/90.
    assertThat(view.total()).isEqualTo(new GroupComparison.Total(40, 90, 44.4, 2));
    // Median of 0.75 and 0.20; no deciles under 10 practices.
    assertThat(view.distribution()).isEqualTo(new GroupComparison.Distribution(2, 47.5, List.of()));
    // Σd = 90, 10% = 9; A ranks first ((30+1)/42 > (10+1)/52) and alone covers 40.
    assertThat(view.best10()).isEqualTo(new GroupComparison.Best(75.0, 1, 1));
  }

  @Test
  void a_group_that_compares_by_name_shows_every_name() {
    PeerGroup group = new PeerGroup(7, "Wijkgroep Oost", 5, true, List.of(A, B));

    GroupComparison.View view =
        GroupComparison.of(group, B.id(), OST04, "OST-04", START, END, List.of());

    assertThat(view.practices())
        .extracting(GroupComparison.PracticeRow::practice)
        .containsExactly("De Linde", "Noord");
  }

  @Test
  void the_trend_lists_each_practices_periods_in_order_and_marks_a_version_change() {
    PeerGroup group = new PeerGroup(7, "Wijkgroep Oost", 5, true, List.of(A));
    LocalDate earlierStart = LocalDate.of(2024, 11, 24);
    LocalDate earlierEnd = LocalDate.of(2025, 11, 23);
    List<ResultRow> rows =
        List.of(
            row(A, "1.0.0", START, END, 40, 30), row(A, "0.9.0", earlierStart, earlierEnd, 40, 20));

    GroupComparison.View view =
        GroupComparison.of(group, A.id(), OST04, "OST-04", START, END, rows);

    assertThat(view.trends().get(0).periods())
        .extracting(
            GroupComparison.TrendPoint::end,
            GroupComparison.TrendPoint::version,
            GroupComparison.TrendPoint::versionChanged,
            GroupComparison.TrendPoint::percentage)
        .containsExactly(
            tuple("2025-11-23", "0.9.0", true, 50.0), tuple("2026-11-23", "1.0.0", false, 75.0));
  }

  @Test
  void a_descriptive_indicator_has_no_best_ten_percent() {
    MeasureDefinition ost07 =
        new MeasureDefinition(
            "https://spiegelbeeld.nl/fhir/Measure/OST-07",
            "1.0.0",
            "Duur bisfosfonaatgebruik",
            "none",
            List.of("OST-07"),
            List.of("sex"));
    PeerGroup group = new PeerGroup(7, "Wijkgroep Oost", 5, true, List.of(A));

    GroupComparison.View view =
        GroupComparison.of(
            group,
            A.id(),
            ost07,
            "OST-07",
            START,
            END,
            List.of(row(A, "1.0.0", START, END, 40, 30)));

    assertThat(view.best10()).isNull();
    assertThat(view.distribution().median()).isEqualTo(75.0);
  }

  @Test
  void practice_context_hides_counts_between_one_and_k_minus_one() {
    PracticeContext context =
        new PracticeContext(3200, Map.of("female", 1650, "other", 3, "unknown", 0), Map.of());

    GroupComparison.ContextView shown = GroupComparison.context(context, 5);

    assertThat(shown.listSize()).isEqualTo(3200);
    assertThat(shown.sex()).containsEntry("female", 1650).containsEntry("unknown", 0);
    assertThat(shown.sex()).containsKey("other");
    assertThat(shown.sex().get("other")).isNull();
  }

  private static Practice practice(long id, String agb, String name) {
    return new Practice(
        id,
        agb,
        name,
        Optional.of("https://example.nl/jwks"),
        Optional.empty(),
        PracticeContext.NONE);
  }

  private static ResultRow row(
      Practice p, String version, LocalDate start, LocalDate end, Integer d, Integer x) {
    return new ResultRow(p.id(), version, start, end, d, x);
  }
}
