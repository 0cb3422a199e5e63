package nl.spiegelbeeld.benchmark.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import nl.spiegelbeeld.benchmark.support.Reports;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

/** The small-cell boundaries of the report check, without a database. */
class ReportCheckTest {

  private static final String AGB = "05000001";
  private static final MeasureDefinition OST04 =
      new MeasureDefinition(
          Reports.OST04,
          Reports.VERSION,
          "OST-04",
          "increase",
          List.of("OST-04"),
          List.of("sex", "age-band-shared"));

  @Test
  void a_count_of_exactly_k_is_shared_and_k_minus_1_is_refused() {
    assertThat(issues(5, report(10, 5))).isEmpty();
    assertThat(issues(5, report(10, 4)))
        .extracting(Issue::diagnostics)
        .anySatisfy(d -> assertThat(d).startsWith("OST-04, teller: 4 ligt tussen 1 en 4 (k = 5)"));
  }

  @Test
  void zero_stays_zero_and_is_never_a_small_cell() {
    assertThat(issues(5, report(10, 0))).isEmpty();
    assertThat(issues(5, report(0, 0))).isEmpty();
  }

  @Test
  void denominator_minus_numerator_of_exactly_k_is_shared_and_below_it_refused() {
    assertThat(issues(5, report(15, 10))).isEmpty();
    assertThat(issues(5, report(14, 10)))
        .extracting(Issue::diagnostics)
        .containsExactly(
            "OST-04: noemer − teller = 4 ligt tussen 1 en 4 (k = 5); onderdruk de teller of de"
                + " noemer (masked).");
  }

  @Test
  void with_k_1_nothing_is_suppressed() {
    assertThat(issues(1, report(3, 1))).isEmpty();
  }

  @Test
  void the_checked_report_keeps_counts_and_drops_labels() {
    ReportCheck.Outcome outcome =
        new ReportCheck(AGB, 5, (url, version) -> Optional.of(OST04))
            .check(Reports.ost04(AGB), "MeasureReport");

    CheckedReport checked = outcome.report().orElseThrow();
    assertThat(checked.results()).containsExactly(new CheckedReport.GroupResult("OST-04", 40, 20));
    String stored = Reports.json(checked.stored());
    assertThat(stored).doesNotContain("Huisartsenpraktijk").doesNotContain("\"display\"");
    assertThat(stored).contains("\"code\":\"female\"").contains("\"count\":25");
  }

  private static MeasureReport report(int d, int x) {
    return Reports.report(Reports.OST04, AGB, "OST-04", d, x);
  }

  private static List<Issue> issues(int k, MeasureReport report) {
    return new ReportCheck(AGB, k, (url, version) -> Optional.of(OST04))
        .check(report, "MeasureReport")
        .issues();
  }
}
