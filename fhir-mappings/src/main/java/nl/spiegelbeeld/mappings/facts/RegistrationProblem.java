package nl.spiegelbeeld.mappings.facts;

import java.util.Objects;

/**
 * Data that could not be used as recorded, counted and shown as registration quality
 * (registratiekwaliteit) instead of being dropped silently. Resource ids are the practice's own and
 * stay in the practice: only counts per {@link Kind} may be aggregated.
 *
 * @param kind what is wrong
 * @param resourceType the FHIR resource type it came from, e.g. {@code MedicationRequest}
 * @param resourceId the resource's local id, or {@code null} when it had none
 * @param detail a code or system that helps find the cause (never free text), or {@code null}
 */
public record RegistrationProblem(
    Kind kind, String resourceType, String resourceId, String detail) {

  /** The closed set of registration problems, each with the Dutch label the UI shows. */
  public enum Kind {
    NO_PATIENT("Gegeven zonder (verwijzing naar) patiënt"),
    BIRTH_DATE_MISSING_OR_PARTIAL("Geboortedatum ontbreekt of is onvolledig"),
    BIRTH_DATE_AFTER_REFERENCE_DATE("Geboortedatum na de peildatum"),
    ENTERED_IN_ERROR("Als foutief ingevoerd gemarkeerd"),
    PROBLEM_WITHOUT_CODE("Probleem zonder code"),
    PROBLEM_WITHOUT_ONSET("Probleem zonder begindatum"),
    PROBLEM_ENDED_WITHOUT_DATE("Probleem afgesloten zonder einddatum"),
    EPISODE_WITHOUT_DIAGNOSIS("Episode zonder diagnose"),
    EPISODE_DIAGNOSIS_NOT_FOUND("Episode verwijst naar een onbekend probleem"),
    AGREEMENT_WITHOUT_START("Medicatieafspraak zonder startdatum"),
    AGREEMENT_WITHOUT_PERIOD_OF_USE("Medicatieafspraak zonder gebruiksperiode"),
    AGREEMENT_END_BEFORE_START("Medicatieafspraak eindigt vóór de start"),
    AGREEMENT_DURATION_NOT_USABLE("Medicatieafspraak met onbruikbare duur"),
    OPEN_AGREEMENT_OLDER_THAN_A_YEAR("Doorlopende medicatieafspraak ouder dan een jaar"),
    STOP_TYPE_UNKNOWN("Medicatieafspraak met onbekend stoptype"),
    MEDICATION_NOT_FOUND("Verwezen geneesmiddel niet gevonden"),
    MEDICATION_UNCLASSIFIED("Geneesmiddel zonder ATC of koppeling"),
    MEDICATION_EXCLUDED_PRODUCT("Product uitgesloten (bijv. oncologie), niet meegeteld"),
    LAB_WITHOUT_DATE("Labuitslag zonder datum"),
    LAB_WITHOUT_VALUE("Labuitslag zonder waarde"),
    LAB_VALUE_NOT_NUMERIC("Labuitslag niet numeriek"),
    UNKNOWN_LAB_CODE("Labuitslag met een code buiten de codelijsten");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The Dutch label for the registration-quality view. */
    public String label() {
      return label;
    }
  }

  public RegistrationProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resourceType, "resourceType");
  }

  public static RegistrationProblem of(Kind kind, String resourceType, String resourceId) {
    return new RegistrationProblem(kind, resourceType, resourceId, null);
  }
}
