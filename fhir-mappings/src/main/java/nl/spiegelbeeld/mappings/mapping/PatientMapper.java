package nl.spiegelbeeld.mappings.mapping;

import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.BIRTH_DATE_MISSING_OR_PARTIAL;
import static nl.spiegelbeeld.mappings.facts.RegistrationProblem.Kind.NO_PATIENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.mappings.facts.PartyRef;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.Sex;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;

/**
 * Patient → {@link PatientFacts} (nl-core-Patient R4 or generic R4). A missing or partial birth
 * date is a registration problem (indicators.md §1, Population).
 */
public final class PatientMapper {

  private static final String TYPE = "Patient";

  public MappingResult<PatientFacts> map(Patient patient) {
    String id = FhirValues.id(patient);
    List<RegistrationProblem> problems = new ArrayList<>();
    if (id == null) {
      return MappingResult.unusable(List.of(RegistrationProblem.of(NO_PATIENT, TYPE, null)));
    }
    LocalDate birthDate = AmsterdamDates.asFullDate(patient.getBirthDateElement()).orElse(null);
    if (birthDate == null) {
      problems.add(RegistrationProblem.of(BIRTH_DATE_MISSING_OR_PARTIAL, TYPE, id));
    }
    boolean deceased = false;
    LocalDate deceasedOn = null;
    if (patient.getDeceased() instanceof BooleanType flag) {
      deceased = flag.booleanValue();
    } else if (patient.getDeceased() instanceof DateTimeType when && !when.isEmpty()) {
      // A partial date of death counts from its first day: the conservative side for "deceased
      // on or before P" (the patient leaves the population rather than being counted after death).
      deceased = true;
      deceasedOn = AmsterdamDates.asStart(when).orElse(null);
    }
    List<PartyRef> gps = patient.getGeneralPractitioner().stream().map(FhirValues::party).toList();
    PartyRef organization =
        patient.hasManagingOrganization()
            ? FhirValues.party(patient.getManagingOrganization())
            : null;
    boolean active = !patient.hasActive() || patient.getActive();
    PatientFacts facts =
        new PatientFacts(
            id, sex(patient), birthDate, deceased, deceasedOn, active, gps, organization);
    return MappingResult.of(facts, problems);
  }

  private static Sex sex(Patient patient) {
    if (!patient.hasGender()) {
      return Sex.UNKNOWN;
    }
    return switch (patient.getGender()) {
      case FEMALE -> Sex.FEMALE;
      case MALE -> Sex.MALE;
      case OTHER -> Sex.OTHER;
      case UNKNOWN, NULL -> Sex.UNKNOWN;
    };
  }
}
