package nl.spiegelbeeld.plugin.indicator.definition;

/**
 * A definition's status: {@code concept} while it relies on codes not yet verified (indicators.md,
 * "Status"; the UI says so), else {@code active}.
 */
public enum Status {
  CONCEPT("concept"),
  ACTIVE("active");

  private final String json;

  Status(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
