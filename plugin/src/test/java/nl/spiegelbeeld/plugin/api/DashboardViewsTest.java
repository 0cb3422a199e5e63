package nl.spiegelbeeld.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.plugin.history.HistoryPoint;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistEntry;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.worklist.Review;
import nl.spiegelbeeld.plugin.worklist.ReviewOutcome;
import nl.spiegelbeeld.plugin.worklist.WorklistViews;
import org.junit.jupiter.api.Test;

class DashboardViewsTest {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final PracticeMeasurement M =
      GeneratedMeasurement.of(Catalogue.load(), "Praktijk Test", "01990042", 600, 5, P);
  private static final DashboardViews VIEWS = new DashboardViews(Headlines.shipped());

  @Test
  void cards_are_grouped_by_module_in_catalogue_order_with_the_engines_counts() {
    Dashboard d = VIEWS.dashboard(M, Map.of(), Map.of());

    assertThat(d.modules())
        .extracting(Dashboard.Module::id)
        .containsExactly("osteoporose", "nierfunctie");
    IndicatorCard ost04 = d.modules().get(0).cards().get(3);
    Counts c = M.evaluation().indicator("OST-04").main().counts();
    assertThat(ost04.id()).isEqualTo("OST-04");
    assertThat(ost04.numerator()).isEqualTo(c.numerator());
    assertThat(ost04.denominator()).isEqualTo(c.denominator());
    assertThat(ost04.rateText().nl()).endsWith("%");
    assertThat(d.modules().get(0).cards().get(0).status()).isEqualTo("concept");
    assertThat(d.modules().get(0).cards().get(0).rateText().nl()).endsWith(" per 1.000");
    assertThat(d.modules().get(0).cards().get(4).rate()).as("OST-05 is a cohort").isNull();
  }

  @Test
  void earlier_measurements_exclude_the_current_peildatum_and_mark_a_version_change() {
    Instant at = Instant.parse("2026-01-10T10:00:00Z");
    List<HistoryPoint> points =
        List.of(
            new HistoryPoint("OST-04", LocalDate.of(2025, 11, 23), "0.9.0", 10, 40, 0, at),
            new HistoryPoint("OST-04", LocalDate.of(2026, 5, 1), "1.0.0", 20, 50, 0, at),
            new HistoryPoint("OST-04", P, "1.0.0", 1, 2, 0, at));

    IndicatorCard card =
        VIEWS.dashboard(M, Map.of("OST-04", points), Map.of()).modules().get(0).cards().get(3);

    assertThat(card.history())
        .extracting(IndicatorCard.EarlierMeasurement::referenceDate)
        .containsExactly("2025-11-23", "2026-05-01");
    assertThat(card.history().get(0).sameVersion()).isFalse();
    assertThat(card.history().get(1).sameVersion()).isTrue();
    assertThat(card.history().get(0).rate()).isEqualTo(25.0);
  }

  @Test
  void only_marks_on_patients_still_on_the_list_are_counted() {
    List<WorklistEntry> entries = M.evaluation().indicator("OST-04").worklist().entries();
    Instant at = Instant.parse("2026-11-20T10:00:00Z");
    Map<String, Review> marks =
        Map.of(
            entries.get(0).patientId(),
            new Review("OST-04", entries.get(0).patientId(), ReviewOutcome.GESTOPT, "", null, at),
            "no-longer-listed",
            new Review("OST-04", "no-longer-listed", ReviewOutcome.GESTOPT, "", null, at));

    assertThat(WorklistViews.reviewedCount(M.evaluation().indicator("OST-04").worklist(), marks))
        .isEqualTo(1);
    IndicatorCard card =
        VIEWS.dashboard(M, Map.of(), Map.of("OST-04", 1)).modules().get(0).cards().get(3);
    assertThat(card.worklist().reviewed()).isEqualTo(1);
    assertThat(card.worklist().size()).isEqualTo(entries.size());
  }
}
