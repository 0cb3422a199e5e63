package nl.spiegelbeeld.benchmark.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fractions as the percentages shown: one decimal, half up. */
final class Percent {

  private Percent() {}

  static Double of(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  static Double of(long numerator, long denominator) {
    return denominator > 0 ? of((double) numerator / denominator) : null;
  }
}
