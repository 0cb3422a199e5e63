package nl.spiegelbeeld.benchmark.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;

/**
 * The wire format shared with the plugin: the code systems and extensions of its exported Measures
 * and summary MeasureReports (the plugin's {@code indicator.fhir.FhirTerms}), copied because the
 * two services share no code, only the format.
 */
public final class WireFormat {

  public static final String MEASURE_POPULATION =
      "http://terminology.hl7.org/CodeSystem/measure-population";
  public static final String IMPROVEMENT_NOTATION =
      "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
  public static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
  public static final String AGB_Z = "http://fhir.nl/fhir/NamingSystem/agb-z";

  static final String BASE = "https://spiegelbeeld.nl/fhir/";
  public static final String GROUP_SYSTEM = BASE + "CodeSystem/indicator-group";
  public static final String STRATIFIER_SYSTEM = BASE + "CodeSystem/stratifier";
  public static final String STRATUM_SYSTEM = BASE + "CodeSystem/stratum";
  public static final String EXT_DEFINITION_STATUS = BASE + "StructureDefinition/definition-status";
  public static final String EXT_LAB_WINDOW = BASE + "StructureDefinition/lab-window";
  public static final String EXT_NOTE = BASE + "StructureDefinition/report-note";
  public static final String EXT_SHARED = BASE + "StructureDefinition/stratifier-shared";

  /** One context per process: building it is expensive, using it is thread-safe. */
  private static final FhirContext CONTEXT = FhirContext.forR4Cached();

  private WireFormat() {}

  public static FhirContext context() {
    return CONTEXT;
  }

  /**
   * A JSON parser that refuses unknown elements instead of skipping them: what the benchmark does
   * not understand, it does not accept. Parsers are cheap and not thread-safe: one per use.
   */
  public static IParser strictParser() {
    return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
  }

  /** A compact JSON writer. */
  public static IParser writer() {
    return CONTEXT.newJsonParser().setPrettyPrint(false);
  }
}
