package nl.spiegelbeeld.plugin.measurement;

import java.time.Duration;
import java.util.Objects;

/**
 * How many measurements the app keeps and runs at once.
 *
 * @param cacheExpiry how long a complete measurement is reused (a colleague's launch within it is
 *     instant); "Ververs" always pulls again
 * @param cacheMaxFacts the cache's bound in facts (patients, problems, agreements and lab values;
 *     about 0.5 kB each on the heap), so a few large practices cannot exhaust the memory
 * @param concurrentPulls pulls running at the same time; more wait in line
 */
public record MeasurementSettings(Duration cacheExpiry, long cacheMaxFacts, int concurrentPulls) {

  public MeasurementSettings {
    Objects.requireNonNull(cacheExpiry, "cacheExpiry");
    if (cacheExpiry.isNegative() || cacheExpiry.isZero()) {
      throw new IllegalArgumentException("cacheExpiry must be positive");
    }
    if (cacheMaxFacts < 1 || concurrentPulls < 1) {
      throw new IllegalArgumentException("cacheMaxFacts and concurrentPulls must be positive");
    }
  }

  /** Four hours, two million facts (about 1 GB at most), two pulls at a time. */
  public static MeasurementSettings defaults() {
    return new MeasurementSettings(Duration.ofHours(4), 2_000_000, 2);
  }
}
