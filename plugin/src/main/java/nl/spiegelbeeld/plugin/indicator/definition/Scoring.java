package nl.spiegelbeeld.plugin.indicator.definition;

/**
 * How an indicator scores: a proportion (numerator over denominator), or a cohort that is only
 * counted and broken down (OST-05, the distribution of agents over current users, whose patients
 * form the measure population).
 */
public enum Scoring {
  PROPORTION("proportion"),
  COHORT("cohort");

  private final String json;

  Scoring(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
