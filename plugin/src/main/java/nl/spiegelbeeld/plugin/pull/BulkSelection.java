package nl.spiegelbeeld.plugin.pull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.spiegelbeeld.mappings.codes.Code;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/**
 * Keeps of a Bulk Data export what the search plan would have fetched, so that both ways give the
 * same facts and the same registration problems: Conditions and Observations with one of the needed
 * codes (where the plan searches by code), MedicationRequests authored since the plan's start date
 * and, where the plan narrows by medication code, with a needed code on their Medication or inline.
 * Patients, Medications and EpisodeOfCares pass (the collector keeps only the practice's patients
 * and the episodes of pulled Conditions).
 */
final class BulkSelection implements Predicate<Resource> {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private final Set<Code> problems;
  private final Set<Code> labs;
  private final Set<Code> medications;
  private final LocalDate authoredSince;
  private final Map<String, Medication> medicationsById;

  /**
   * @param problems the codes a Condition needs, or {@code null} for every Condition
   * @param labs the codes an Observation needs, or {@code null} for every Observation
   * @param medications the codes an agreement's medication needs, or {@code null} for all
   * @param authoredSince the earliest authored date of an agreement, or {@code null} for any
   * @param medicationsById the exported Medications, complete before any agreement is tested
   */
  BulkSelection(
      Set<Code> problems,
      Set<Code> labs,
      Set<Code> medications,
      LocalDate authoredSince,
      Map<String, Medication> medicationsById) {
    this.problems = problems;
    this.labs = labs;
    this.medications = medications;
    this.authoredSince = authoredSince;
    this.medicationsById = medicationsById;
  }

  @Override
  public boolean test(Resource r) {
    if (r instanceof Condition c) {
      return problems == null || matches(c.getCode(), problems);
    }
    if (r instanceof Observation o) {
      return labs == null || matches(o.getCode(), labs);
    }
    if (r instanceof MedicationRequest m) {
      return authored(m) && medication(m);
    }
    return true;
  }

  /** As {@code authoredon=ge<date>}: the authored moment's day is on or after the date. */
  private boolean authored(MedicationRequest m) {
    if (authoredSince == null) {
      return true;
    }
    if (!m.hasAuthoredOn()) {
      return false;
    }
    LocalDate day = m.getAuthoredOn().toInstant().atZone(NETHERLANDS).toLocalDate();
    return !day.isBefore(authoredSince);
  }

  private boolean medication(MedicationRequest m) {
    if (medications == null) {
      return true;
    }
    if (m.hasMedicationCodeableConcept()) {
      return matches(m.getMedicationCodeableConcept(), medications);
    }
    if (m.hasMedicationReference() && m.getMedicationReference().hasReference()) {
      Medication med =
          medicationsById.get(new IdType(m.getMedicationReference().getReference()).getIdPart());
      return med != null && matches(med.getCode(), medications);
    }
    return false;
  }

  private static boolean matches(CodeableConcept concept, Set<Code> codes) {
    return concept.getCoding().stream()
        .anyMatch(
            c ->
                c.hasSystem()
                    && c.hasCode()
                    && codes.contains(new Code(c.getSystem(), c.getCode())));
  }
}
