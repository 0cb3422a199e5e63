package nl.spiegelbeeld.plugin.api;

import java.util.List;

/**
 * One indicator on the dashboard: headline, counts, rate, definition version and status (the UI
 * marks {@code concept}), its worklist's review progress and the practice's earlier measurements.
 *
 * @param rate percentage or per 1,000 ({@link #rateBase}), one decimal; null for a cohort or an
 *     empty denominator
 * @param rateText the rate as the card writes it, e.g. {@code 38%} or {@code 12,3 per 1.000}
 * @param worklist the worklist's size and review count, or null without a worklist
 */
public record IndicatorCard(
    String id,
    String module,
    Texts title,
    Texts headline,
    String status,
    String version,
    String scoring,
    String improvementNotation,
    int rateBase,
    int numerator,
    int denominator,
    int measurePopulation,
    Double rate,
    Texts rateText,
    String referenceDate,
    WorklistSummary worklist,
    List<EarlierMeasurement> history) {

  /** A worklist's size and how many of its patients are reviewed. */
  public record WorklistSummary(String title, int size, int reviewed) {}

  /**
   * The same indicator at another stored peildatum.
   *
   * @param sameVersion false when the definition version differs from the current one (the UI marks
   *     the change)
   */
  public record EarlierMeasurement(
      String referenceDate,
      String version,
      boolean sameVersion,
      int numerator,
      int denominator,
      int measurePopulation,
      Double rate) {}
}
