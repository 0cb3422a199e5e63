package nl.spiegelbeeld.plugin.indicator.engine;

/** Counts being accumulated; {@link #counts()} freezes them. */
final class Tally {

  private int initialPopulation;
  private int denominator;
  private int denominatorExclusion;
  private int numerator;
  private int measurePopulation;

  /** Counts one patient with {@code role}; {@code numerator} decides for extra groups. */
  void add(Role role, boolean numeratorMet) {
    initialPopulation++;
    switch (role) {
      case INITIAL_POPULATION -> {}
      case DENOMINATOR_EXCLUSION -> denominatorExclusion++;
      case DENOMINATOR, NUMERATOR -> {
        denominator++;
        if (numeratorMet) {
          numerator++;
        }
      }
      case MEASURE_POPULATION -> measurePopulation++;
    }
  }

  Counts counts() {
    return new Counts(
        initialPopulation, denominator, denominatorExclusion, numerator, measurePopulation);
  }
}
