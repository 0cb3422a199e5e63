package nl.spiegelbeeld.benchmark.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of the practices' fractions (indicators.md section 6): the median for any number
 * of practices, deciles from 10 practices, quantiles by Hyndman and Fan type 7 (R's default: linear
 * interpolation between order statistics at h = (n − 1)p).
 */
public final class Quantiles {

  /** Deciles need this many practices. */
  public static final int DECILES_FROM = 10;

  private Quantiles() {}

  /** The type 7 quantile of the values at probability p (0 ≤ p ≤ 1); empty without values. */
  public static Optional<Double> type7(double[] values, double p) {
    if (values.length == 0) {
      return Optional.empty();
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double h = (sorted.length - 1) * p;
    int lower = (int) Math.floor(h);
    int upper = Math.min(lower + 1, sorted.length - 1);
    return Optional.of(sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]));
  }

  public static Optional<Double> median(double[] values) {
    return type7(values, 0.5);
  }

  /** The 10th to 90th percentiles, or empty with fewer than {@link #DECILES_FROM} values. */
  public static List<Double> deciles(double[] values) {
    List<Double> deciles = new ArrayList<>();
    if (values.length < DECILES_FROM) {
      return deciles;
    }
    for (int d = 1; d <= 9; d++) {
      deciles.add(type7(values, d / 10.0).orElseThrow());
    }
    return deciles;
  }
}
