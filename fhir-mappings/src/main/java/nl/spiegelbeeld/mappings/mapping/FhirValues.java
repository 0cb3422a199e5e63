package nl.spiegelbeeld.mappings.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.facts.PartyRef;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Small readers of FHIR values shared by the mappers. */
final class FhirValues {

  private FhirValues() {}

  /** The resource's local id (no type, base or version), or {@code null}. */
  static String id(Resource resource) {
    return resource.getIdElement().getIdPart();
  }

  /** Every coding with a code, as {@link Code} (system canonical). */
  static List<Code> codes(CodeableConcept concept) {
    List<Code> result = new ArrayList<>();
    if (concept == null) {
      return result;
    }
    for (Coding c : concept.getCoding()) {
      if (c.hasCode() && !c.getCode().isBlank()) {
        result.add(new Code(c.getSystem(), c.getCode()));
      }
    }
    return result;
  }

  /** The codes of every concept in {@code concepts}. */
  static List<Code> codes(List<CodeableConcept> concepts) {
    List<Code> result = new ArrayList<>();
    concepts.forEach(c -> result.addAll(codes(c)));
    return result;
  }

  /**
   * The id part of a literal reference to a resource of {@code type} (relative, absolute or
   * versioned); empty for a reference to another type, a contained or logical-only reference.
   */
  static Optional<String> localId(Reference reference, String type) {
    if (reference == null || !reference.hasReference()) {
      return Optional.empty();
    }
    String literal = reference.getReference();
    if (literal.startsWith("#")) {
      return Optional.empty();
    }
    IdType id = new IdType(literal);
    if (id.hasResourceType() && !type.equals(id.getResourceType())) {
      return Optional.empty();
    }
    return Optional.ofNullable(id.getIdPart()).filter(s -> !s.isBlank());
  }

  /** A Patient's reference to its practice or GP, with base and version removed. */
  static PartyRef party(Reference reference) {
    String literal = null;
    if (reference.hasReference() && !reference.getReference().startsWith("#")) {
      IdType id = new IdType(reference.getReference());
      literal = id.hasResourceType() ? id.getResourceType() + "/" + id.getIdPart() : id.getIdPart();
    }
    String system = reference.hasIdentifier() ? reference.getIdentifier().getSystem() : null;
    String value = reference.hasIdentifier() ? reference.getIdentifier().getValue() : null;
    return new PartyRef(literal, system, value);
  }
}
