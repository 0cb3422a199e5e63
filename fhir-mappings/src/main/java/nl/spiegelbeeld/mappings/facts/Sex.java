package nl.spiegelbeeld.mappings.facts;

/** Sex as the stratifier uses it, from {@code Patient.gender} (indicators.md §1, Population). */
public enum Sex {
  FEMALE("vrouw"),
  MALE("man"),
  OTHER("anders"),
  UNKNOWN("onbekend");

  private final String label;

  Sex(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
