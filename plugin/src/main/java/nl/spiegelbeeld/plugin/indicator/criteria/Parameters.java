package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.StandardTreatmentDuration;
import nl.spiegelbeeld.mappings.mapping.DefaultCoverage;

/**
 * The parameters of one indicator definition (indicators.md §1): the allowed gap G between exposure
 * intervals, the measurement period, the lab window (module nierfunctie), the standard treatment
 * duration before re-evaluation and the default coverage the mapping applied.
 *
 * @param gapDays G, the allowed gap between intervals of one episode (standard 90)
 * @param measurementPeriod {@code [P − 364, P]}: {@code P365D}
 * @param labWindow the eGFR window {@code [P − 729, P]} ({@code P730D}); {@code null} when the
 *     indicator reads no eGFR
 * @param standardDuration 3 years for zoledronic acid, otherwise 5
 * @param defaultCoverage rule 4 of the exposure interval; applied when agreements are mapped, so a
 *     definition can only restate it (the catalogue checks that it equals the mapping's)
 */
public record Parameters(
    int gapDays,
    Window measurementPeriod,
    Window labWindow,
    StandardTreatmentDuration standardDuration,
    DefaultCoverage defaultCoverage) {

  public Parameters {
    Objects.requireNonNull(measurementPeriod, "measurementPeriod");
    Objects.requireNonNull(standardDuration, "standardDuration");
    Objects.requireNonNull(defaultCoverage, "defaultCoverage");
    if (gapDays < 0) {
      throw new IllegalArgumentException("gapDays must not be negative");
    }
  }

  /** The lab window, or the measurement period when the definition names none. */
  public Window labWindowOrPeriod() {
    return labWindow == null ? measurementPeriod : labWindow;
  }
}
