package nl.spiegelbeeld.plugin.sharing;

import java.util.Objects;

/**
 * A count the share step left out, and why.
 *
 * @param group the indicator group's code, e.g. {@code OST-04} or {@code OST-09a}
 * @param stratifier the stratifier's id, or {@code null} for the group's own count
 * @param stratum the stratum's code, or {@code null} for the group's own count
 * @param population the population code, e.g. {@code numerator}
 */
public record SuppressedCell(
    String group, String stratifier, String stratum, String population, Reason reason) {

  public SuppressedCell {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why a cell was suppressed. */
  public enum Reason {
    /** The count lies between 1 and k−1. */
    SMALL,
    /** Denominator − numerator lies between 1 and k−1, so the numerator is left out. */
    DENOMINATOR_MINUS_NUMERATOR,
    /** Otherwise a suppressed count could be recomputed from the totals and the other strata. */
    SECONDARY
  }
}
