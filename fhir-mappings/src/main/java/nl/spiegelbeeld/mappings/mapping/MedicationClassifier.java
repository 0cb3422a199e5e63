package nl.spiegelbeeld.mappings.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The medication class of an agreement (indicators.md §1, Medication class): the ATC coding on
 * {@code medicationCodeableConcept} or on the referenced or contained {@code Medication.code};
 * otherwise the G-Standaard → ATC table; otherwise unclassified (counted, never guessed).
 */
final class MedicationClassifier {

  /**
   * The class found for a medication.
   *
   * @param atc the ATC code, or {@code null}
   * @param from the code it was found from; when unclassified the first code, or {@code null}
   * @param exclusion why the product is excluded (from the table), or {@code null}
   * @param problem a registration problem when unclassified, or {@code null}
   * @param detail the code or reference that could not be classified, or {@code null}
   */
  record Classification(
      String atc, Code from, String exclusion, RegistrationProblem.Kind problem, String detail) {}

  private final GStandaardAtcTable table;

  MedicationClassifier(GStandaardAtcTable table) {
    this.table = table;
  }

  Classification classify(MedicationRequest request, Map<String, Medication> medicationsById) {
    Optional<CodeableConcept> concept = concept(request, medicationsById);
    if (concept.isEmpty()) {
      String reference =
          request.hasMedicationReference() ? request.getMedicationReference().getReference() : null;
      return new Classification(
          null, null, null, RegistrationProblem.Kind.MEDICATION_NOT_FOUND, reference);
    }
    List<Code> codes = FhirValues.codes(concept.get());
    for (Code code : codes) {
      Optional<GStandaardAtcTable.Entry> entry = table.lookup(code);
      if (entry.isPresent() && entry.get().exclusion() != null) {
        return new Classification(entry.get().atc(), code, entry.get().exclusion(), null, null);
      }
    }
    for (Code code : codes) {
      if (CodeSystems.ATC.equals(code.system())) {
        return new Classification(code.code(), code, null, null, null);
      }
    }
    for (Code code : codes) {
      Optional<GStandaardAtcTable.Entry> entry = table.lookup(code);
      if (entry.isPresent()) {
        return new Classification(entry.get().atc(), code, null, null, null);
      }
    }
    Code first = codes.isEmpty() ? null : codes.get(0);
    return new Classification(
        null,
        first,
        null,
        RegistrationProblem.Kind.MEDICATION_UNCLASSIFIED,
        first == null ? null : first.toString());
  }

  /** The medication's code: inline, resolved/contained, or from the Medications pulled with it. */
  private static Optional<CodeableConcept> concept(
      MedicationRequest request, Map<String, Medication> medicationsById) {
    if (request.hasMedicationCodeableConcept()) {
      return Optional.of(request.getMedicationCodeableConcept());
    }
    if (!request.hasMedicationReference()) {
      return Optional.empty();
    }
    Reference reference = request.getMedicationReference();
    if (reference.getResource() instanceof Medication resolved) {
      return Optional.of(resolved.getCode());
    }
    if (reference.hasReference() && reference.getReference().startsWith("#")) {
      String id = reference.getReference().substring(1);
      for (Resource contained : request.getContained()) {
        if (contained instanceof Medication m && id.equals(stripHash(contained.getId()))) {
          return Optional.of(m.getCode());
        }
      }
      return Optional.empty();
    }
    return FhirValues.localId(reference, "Medication")
        .map(medicationsById::get)
        .map(Medication::getCode);
  }

  private static String stripHash(String id) {
    return id != null && id.startsWith("#") ? id.substring(1) : id;
  }
}
