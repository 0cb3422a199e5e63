package nl.spiegelbeeld.plugin.indicator.definition;

/**
 * Whether a higher or lower score is better (indicators.md §2, §3); {@code none} for descriptive
 * indicators, which show the distribution without a "best" (§6).
 */
public enum ImprovementNotation {
  INCREASE("increase"),
  DECREASE("decrease"),
  NONE("none");

  private final String json;

  ImprovementNotation(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
