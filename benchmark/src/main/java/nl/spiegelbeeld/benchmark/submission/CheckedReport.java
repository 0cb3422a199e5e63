package nl.spiegelbeeld.benchmark.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import org.hl7.fhir.r4.model.MeasureReport;

/**
 * A report that passed every check, ready to store.
 *
 * @param measure the registered definition it reports on
 * @param periodStart the first day of the measurement period
 * @param periodEnd the last day (the peildatum)
 * @param results the counts per group, in the report's order
 * @param stored the report as stored: codes and counts only, labels and ids stripped
 */
public record CheckedReport(
    MeasureDefinition measure,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<GroupResult> results,
    MeasureReport stored) {

  public CheckedReport {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    results = List.copyOf(results);
    Objects.requireNonNull(stored, "stored");
  }

  /**
   * The counts of one group (the indicator, or a sub-indicator such as OST-09a).
   *
   * @param denominator null when suppressed (masked) or not reported
   * @param numerator null when suppressed (masked) or not reported
   */
  public record GroupResult(String code, Integer denominator, Integer numerator) {}

  /** What makes two submissions the same (a re-submission replaces the earlier one). */
  public String key() {
    return measure.canonical() + " " + periodStart + "/" + periodEnd;
  }
}
