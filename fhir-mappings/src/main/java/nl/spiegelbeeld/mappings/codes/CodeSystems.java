package nl.spiegelbeeld.mappings.codes;

import java.util.Map;

/**
 * Canonical FHIR {@code system} strings of the code systems Dutch GP data uses, with the {@code
 * urn:oid:} spellings that some HIS send instead.
 *
 * <p>Source: {@code shared/domain/reference.md} §1 (zib2020 CodeSystem resources, Nictiz
 * HL7-mappings {@code constants.xsl}).
 */
public final class CodeSystems {

  /** ICPC-1-NL (NHG Tabel 24). */
  public static final String ICPC_1_NL = "http://hl7.org/fhir/sid/icpc-1-nl";

  /** WHO Anatomical Therapeutic Chemical classification. */
  public static final String ATC = "http://www.whocc.no/atc";

  /** NHG Tabel 45 Diagnostische bepalingen (lab test numbers, sent as strings). */
  public static final String NHG_TABEL_45 =
      "https://referentiemodel.nhg.org/tabellen/nhg-tabel-45-diagnostische-bepalingen";

  public static final String LOINC = "http://loinc.org";
  public static final String SNOMED_CT = "http://snomed.info/sct";
  public static final String UCUM = "http://unitsofmeasure.org";

  /** G-Standaard generiek product (GPK). */
  public static final String G_STANDAARD_GPK = "urn:oid:2.16.840.1.113883.2.4.4.1";

  /** G-Standaard voorschrijfproduct (PRK). */
  public static final String G_STANDAARD_PRK = "urn:oid:2.16.840.1.113883.2.4.4.10";

  /** G-Standaard handelsproduct (HPK). */
  public static final String G_STANDAARD_HPK = "urn:oid:2.16.840.1.113883.2.4.4.7";

  /** G-Standaard ZI-nummer (artikel, Bestand 004). */
  public static final String G_STANDAARD_ZI = "urn:oid:2.16.840.1.113883.2.4.4.8";

  /** ICD-10-NL (problem lists sometimes carry it beside ICPC). */
  public static final String ICD_10_NL = "http://hl7.org/fhir/sid/icd-10-nl";

  /** STU3 (zib2017) stop type code system: {@code 1} tijdelijk, {@code 2} definitief. */
  public static final String STOP_TYPE_STU3 = "urn:oid:2.16.840.1.113883.2.4.3.11.60.20.77.5.2.1";

  public static final String AGB_Z = "http://fhir.nl/fhir/NamingSystem/agb-z";
  public static final String BSN = "http://fhir.nl/fhir/NamingSystem/bsn";

  public static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";
  public static final String CONDITION_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  public static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";

  /** OID spellings of the systems above, as some HIS send them (reference.md §1). */
  private static final Map<String, String> OID_TO_CANONICAL =
      Map.ofEntries(
          Map.entry("urn:oid:2.16.840.1.113883.2.4.4.31.1", ICPC_1_NL),
          Map.entry("urn:oid:2.16.840.1.113883.6.73", ATC),
          Map.entry("urn:oid:2.16.840.1.113883.2.4.4.30.45", NHG_TABEL_45),
          Map.entry("urn:oid:2.16.840.1.113883.6.1", LOINC),
          Map.entry("urn:oid:2.16.840.1.113883.6.96", SNOMED_CT),
          Map.entry("urn:oid:2.16.840.1.113883.6.8", UCUM),
          Map.entry("urn:oid:2.16.840.1.113883.2.4.6.1", AGB_Z),
          Map.entry("urn:oid:2.16.840.1.113883.2.4.6.3", BSN),
          Map.entry("urn:oid:2.16.840.1.113883.6.3.2", ICD_10_NL));

  private CodeSystems() {}

  /**
   * The canonical spelling of a {@code system}: an {@code urn:oid:} alias becomes its URI, any
   * other value (including {@code null}) is returned unchanged.
   */
  public static String canonical(String system) {
    if (system == null) {
      return null;
    }
    return OID_TO_CANONICAL.getOrDefault(system, system);
  }
}
