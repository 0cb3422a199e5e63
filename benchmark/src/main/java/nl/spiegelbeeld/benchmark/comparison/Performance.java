package nl.spiegelbeeld.benchmark.comparison;

/**
 * One practice's result on an indicator for a period, both counts unsuppressed.
 *
 * @param practiceId whose result
 * @param numerator the numerator, 0 ≤ numerator ≤ denominator
 * @param denominator the denominator, more than 0
 */
public record Performance(long practiceId, int numerator, int denominator) {

  public Performance {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "need 0 <= numerator <= denominator, denominator > 0: " + numerator + "/" + denominator);
    }
  }

  public double fraction() {
    return (double) numerator / denominator;
  }
}
