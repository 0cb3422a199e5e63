package nl.spiegelbeeld.benchmark.comparison;

import java.time.LocalDate;

/**
 * One current submission's counts for one indicator group, as stored.
 *
 * @param denominator null when the practice suppressed it
 * @param numerator null when the practice suppressed it
 */
public record ResultRow(
    long practiceId,
    String version,
    LocalDate periodStart,
    LocalDate periodEnd,
    Integer denominator,
    Integer numerator) {

  /** Both counts present and a denominator above 0: usable for distribution and benchmark. */
  public boolean usable() {
    return denominator != null && numerator != null && denominator > 0;
  }

  public Performance performance() {
    return new Performance(practiceId, numerator, denominator);
  }

  /** The percentage to one decimal, null when it cannot be computed. */
  public Double percentage() {
    return usable() ? Percent.of((double) numerator / denominator) : null;
  }
}
