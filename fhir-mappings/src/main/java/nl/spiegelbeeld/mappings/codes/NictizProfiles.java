package nl.spiegelbeeld.mappings.codes;

/**
 * Profile and extension URLs of the Nictiz zib2020 / MP9 (R4) and zib2017 (STU3) packages that
 * carry data the indicators need. Source: {@code shared/domain/reference.md} §2 and §10.
 */
public final class NictizProfiles {

  public static final String PATIENT = "http://nictiz.nl/fhir/StructureDefinition/nl-core-Patient";
  public static final String PROBLEM = "http://nictiz.nl/fhir/StructureDefinition/nl-core-Problem";
  public static final String EPISODE_OF_CARE =
      "http://nictiz.nl/fhir/StructureDefinition/nl-core-EpisodeOfCare";
  public static final String LABORATORY_TEST_RESULT =
      "http://nictiz.nl/fhir/StructureDefinition/nl-core-LaboratoryTestResult";
  public static final String MEDICATION_AGREEMENT =
      "http://nictiz.nl/fhir/StructureDefinition/mp-MedicationAgreement";
  public static final String PHARMACEUTICAL_PRODUCT =
      "http://nictiz.nl/fhir/StructureDefinition/mp-PharmaceuticalProduct";
  public static final String ORGANIZATION =
      "http://nictiz.nl/fhir/StructureDefinition/nl-core-HealthcareProvider-Organization";
  public static final String PRACTITIONER =
      "http://nictiz.nl/fhir/StructureDefinition/nl-core-HealthProfessional-Practitioner";
  public static final String PRACTITIONER_ROLE =
      "http://nictiz.nl/fhir/StructureDefinition/nl-core-HealthProfessional-PractitionerRole";

  /** R4 period of use of a medication agreement ({@code valuePeriod}). */
  public static final String EXT_PERIOD_OF_USE_R4 =
      "http://nictiz.nl/fhir/StructureDefinition/ext-TimeInterval.Period";

  /** R4 duration, nested in the period-of-use extension ({@code valueDuration}). */
  public static final String EXT_DURATION_R4 =
      "http://nictiz.nl/fhir/StructureDefinition/ext-TimeInterval.Duration";

  /** R4 stop type (modifierExtension, SNOMED code). */
  public static final String EXT_STOP_TYPE_R4 =
      "http://nictiz.nl/fhir/StructureDefinition/ext-StopType";

  /** R4 pharmaceutical treatment identifier (MBH-id). */
  public static final String EXT_TREATMENT_IDENTIFIER_R4 =
      "http://nictiz.nl/fhir/StructureDefinition/ext-PharmaceuticalTreatment.Identifier";

  public static final String EXT_PERIOD_OF_USE_STU3 =
      "http://nictiz.nl/fhir/StructureDefinition/zib-Medication-PeriodOfUse";
  public static final String EXT_DURATION_STU3 =
      "http://nictiz.nl/fhir/StructureDefinition/zib-MedicationUse-Duration";
  public static final String EXT_STOP_TYPE_STU3 =
      "http://nictiz.nl/fhir/StructureDefinition/zib-Medication-StopType";

  /** STU3 pharmaceutical treatment identifier ({@code valueIdentifier}), reference.md §2.4. */
  public static final String EXT_TREATMENT_IDENTIFIER_STU3 =
      "http://nictiz.nl/fhir/StructureDefinition/zib-Medication-MedicationTreatment";

  /** SNOMED category of a medication agreement (R4, MP9). */
  public static final String CATEGORY_MEDICATION_AGREEMENT = "33633005";

  /** SNOMED category of a medication agreement as STU3 profiles send it. */
  public static final String CATEGORY_MEDICATION_AGREEMENT_STU3 = "16076005";

  /** SNOMED category of a dispense request (not a medication agreement). */
  public static final String CATEGORY_DISPENSE_REQUEST = "52711000146108";

  private NictizProfiles() {}
}
