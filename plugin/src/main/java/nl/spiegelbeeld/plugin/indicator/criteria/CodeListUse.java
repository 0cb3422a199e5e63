package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.Objects;

/**
 * A code list a criterion, stratifier or worklist column refers to, and what it uses it for, so
 * that the catalogue can refuse a definition that names an unknown list or uses a list for the
 * wrong thing (a problem list as a medication class).
 *
 * @param name the code list's name in fhir-mappings, e.g. {@code icpc-osteoporose}
 * @param use what the list must be
 */
public record CodeListUse(String name, Use use) {

  /** What a referenced code list must contain. */
  public enum Use {
    /** A medication class: ATC codes only. */
    MEDICATION_CLASS("medication class (ATC codes)"),
    /** A problem: ICPC, ICD-10 or SNOMED codes, not ATC. */
    PROBLEM("problem"),
    /** A lab analyte the Observation mapper maps (ObservationMapper.STANDARD_ANALYTES). */
    LAB_ANALYTE("lab analyte");

    private final String description;

    Use(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public CodeListUse {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(use, "use");
  }

  public static CodeListUse medicationClass(String name) {
    return new CodeListUse(name, Use.MEDICATION_CLASS);
  }

  public static CodeListUse problem(String name) {
    return new CodeListUse(name, Use.PROBLEM);
  }

  public static CodeListUse lab(String name) {
    return new CodeListUse(name, Use.LAB_ANALYTE);
  }
}
