package nl.spiegelbeeld.plugin.indicator.fhir;

import java.util.Objects;

/**
 * The practice a report is about, as the benchmark knows it: its AGB code and name.
 *
 * @param agb the practice's AGB code (8 digits)
 */
public record Reporter(String agb, String name) {

  public Reporter {
    Objects.requireNonNull(agb, "agb");
    Objects.requireNonNull(name, "name");
    if (!agb.matches("\\d{8}")) {
      throw new IllegalArgumentException("an AGB code has 8 digits");
    }
  }
}
