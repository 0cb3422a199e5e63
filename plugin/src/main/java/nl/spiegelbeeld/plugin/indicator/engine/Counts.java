package nl.spiegelbeeld.plugin.indicator.engine;

/**
 * Population counts of one group or stratum (indicators.md §4). For a proportion the measure
 * population is 0; for a cohort the denominator and numerator are.
 */
public record Counts(
    int initialPopulation,
    int denominator,
    int denominatorExclusion,
    int numerator,
    int measurePopulation) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  /** Numerator / denominator, or empty (NaN) when the denominator is 0. */
  public double proportion() {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
