package nl.spiegelbeeld.plugin.indicator.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.LabSeries;
import nl.spiegelbeeld.mappings.facts.LabFact;

/**
 * The eGFR rules of indicators.md §3 over one patient's eGFR series in the lab window (one value
 * per date, fhir-mappings' {@code LabSeries.egfrPerDate}).
 */
public final class EgfrRules {

  private EgfrRules() {}

  /**
   * Repeated eGFR below T: two values below T at least {@code minDaysApart} days apart (values in
   * between allowed), and the most recent value in the window below T.
   */
  public static boolean repeatedBelow(LabSeries window, BigDecimal threshold, int minDaysApart) {
    Optional<LabFact> latest = window.latest();
    if (latest.isEmpty() || !latest.get().isBelow(threshold)) {
      return false;
    }
    LocalDate first = null;
    LocalDate last = null;
    for (LabFact f : window.values()) {
      if (f.isBelow(threshold)) {
        first = first == null ? f.date() : first;
        last = f.date();
      }
    }
    return first != null && ChronoUnit.DAYS.between(first, last) >= minDaysApart;
  }

  /** The most recent value in the window is below T. */
  public static boolean latestBelow(LabSeries window, BigDecimal threshold) {
    return window.latest().map(f -> f.isBelow(threshold)).orElse(false);
  }

  /** Any value in the window below T. */
  public static boolean anyBelow(LabSeries window, BigDecimal threshold) {
    List<LabFact> values = window.values();
    for (LabFact f : values) {
      if (f.isBelow(threshold)) {
        return true;
      }
    }
    return false;
  }
}
