package nl.spiegelbeeld.plugin.indicator.fhir;

import nl.spiegelbeeld.plugin.indicator.definition.ImprovementNotation;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/** The code systems and extensions the exported Measures and MeasureReports use. */
final class FhirTerms {

  static final String MEASURE_POPULATION =
      "http://terminology.hl7.org/CodeSystem/measure-population";
  static final String MEASURE_SCORING = "http://terminology.hl7.org/CodeSystem/measure-scoring";
  static final String IMPROVEMENT_NOTATION =
      "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  /** Spiegelbeeld's own systems and extensions. */
  static final String BASE = "https://spiegelbeeld.nl/fhir/";

  static final String GROUP_SYSTEM = BASE + "CodeSystem/indicator-group";
  static final String STRATIFIER_SYSTEM = BASE + "CodeSystem/stratifier";
  static final String STRATUM_SYSTEM = BASE + "CodeSystem/stratum";

  /** The definition's status ({@code concept} or {@code active}); the UI says "concept". */
  static final String EXT_DEFINITION_STATUS = BASE + "StructureDefinition/definition-status";

  /** The eGFR lab window of module nierfunctie, beside the measurement period. */
  static final String EXT_LAB_WINDOW = BASE + "StructureDefinition/lab-window";

  /** A plain-language note on how to read the report (e.g. the lab window). */
  static final String EXT_NOTE = BASE + "StructureDefinition/report-note";

  /** Per 100 or per 1,000: how the score is shown. */
  static final String EXT_RATE_BASE = BASE + "StructureDefinition/rate-base";

  /** Whether a stratifier may leave the practice (indicators.md §5). */
  static final String EXT_SHARED = BASE + "StructureDefinition/stratifier-shared";

  private FhirTerms() {}

  static CodeableConcept population(String code) {
    return new CodeableConcept(new Coding(MEASURE_POPULATION, code, null));
  }

  /** The improvement notation, or {@code null} for {@code none} (descriptive indicators). */
  static CodeableConcept improvementNotation(IndicatorDefinition d) {
    if (d.improvementNotation() == ImprovementNotation.NONE) {
      return null;
    }
    return new CodeableConcept(
        new Coding(IMPROVEMENT_NOTATION, d.improvementNotation().json(), null));
  }

  static Extension definitionStatus(IndicatorDefinition d) {
    return new Extension(EXT_DEFINITION_STATUS, new CodeType(d.status().json()));
  }

  static Extension note(String text) {
    return new Extension(EXT_NOTE, new StringType(text));
  }
}
