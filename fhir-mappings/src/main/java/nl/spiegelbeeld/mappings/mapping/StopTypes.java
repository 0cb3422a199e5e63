package nl.spiegelbeeld.mappings.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.NictizProfiles;
import nl.spiegelbeeld.mappings.facts.MedicationAgreementFact.StopType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * The stop type of an agreement (reference.md §2.4), from the R4 or STU3 extension, as modifier
 * extension or (leniently) as plain extension.
 */
final class StopTypes {

  /** R4 SNOMED: stopgezet, definitief gestopt, onderbroken, tijdelijk gestopt. */
  private static final Set<String> STOP_SNOMED =
      Set.of("410546004", "113371000146109", "385655000", "113381000146106");

  /** R4 SNOMED: geannuleerd. */
  private static final String CANCELLED_SNOMED = "89925002";

  /** STU3: 1 tijdelijk, 2 definitief. */
  private static final Set<String> STOP_STU3 = Set.of("1", "2");

  /**
   * A stop type as read.
   *
   * @param stopType the normalised stop type
   * @param unknownCode a stop type code not recognised, or {@code null}; read as a stop (an
   *     agreement that says it stops must not run on), and counted
   */
  record Read(StopType stopType, String unknownCode) {}

  private StopTypes() {}

  static Read read(MedicationRequest request) {
    List<Extension> extensions = new ArrayList<>();
    for (String url : List.of(NictizProfiles.EXT_STOP_TYPE_R4, NictizProfiles.EXT_STOP_TYPE_STU3)) {
      extensions.addAll(request.getModifierExtensionsByUrl(url));
      extensions.addAll(request.getExtensionsByUrl(url));
    }
    Optional<Coding> coding =
        extensions.stream()
            .map(Extension::getValue)
            .flatMap(v -> v instanceof CodeableConcept c ? c.getCoding().stream() : Stream.empty())
            .filter(Coding::hasCode)
            .findFirst();
    if (coding.isEmpty()) {
      return new Read(StopType.NONE, null);
    }
    String system = CodeSystems.canonical(coding.get().getSystem());
    String code = coding.get().getCode().trim();
    boolean snomed = system == null || CodeSystems.SNOMED_CT.equals(system);
    if (snomed && CANCELLED_SNOMED.equals(code)) {
      return new Read(StopType.CANCELLED, null);
    }
    if (snomed && STOP_SNOMED.contains(code)) {
      return new Read(StopType.STOP, null);
    }
    if ((system == null || CodeSystems.STOP_TYPE_STU3.equals(system)) && STOP_STU3.contains(code)) {
      return new Read(StopType.STOP, null);
    }
    return new Read(StopType.STOP, system + "|" + code);
  }
}
