package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.Objects;

/** The counts of one stratum, e.g. code {@code 70-79}, label {@code 70–79}. */
public record StratumResult(String code, String label, Counts counts) {

  public StratumResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(counts, "counts");
  }
}
