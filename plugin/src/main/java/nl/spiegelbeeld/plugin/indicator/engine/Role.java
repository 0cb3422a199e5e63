package nl.spiegelbeeld.plugin.indicator.engine;

/** Where a patient lands for one indicator (a patient outside the initial population has none). */
public enum Role {
  /** In the initial population only (the age criterion met, the denominator not). */
  INITIAL_POPULATION,
  /** Met the denominator but also an exclusion. */
  DENOMINATOR_EXCLUSION,
  /** In the denominator, not in the numerator. */
  DENOMINATOR,
  /** In the numerator (and so in the denominator). */
  NUMERATOR,
  /** In the measure population of a cohort (OST-05). */
  MEASURE_POPULATION;

  /** In the denominator (numerator included). */
  public boolean inDenominator() {
    return this == DENOMINATOR || this == NUMERATOR;
  }
}
