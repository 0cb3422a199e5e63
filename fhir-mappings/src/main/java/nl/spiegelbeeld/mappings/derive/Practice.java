package nl.spiegelbeeld.mappings.derive;

import java.util.Set;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.facts.PartyRef;

/**
 * The launching practice as its Patients refer to it: its Organization and its Practitioners and
 * PractitionerRoles by literal reference, and their identifiers (e.g. AGB codes).
 *
 * @param references {@code Organization/…}, {@code Practitioner/…}, {@code PractitionerRole/…}
 * @param identifiers {@code system|value} with the system canonical (see {@link #identifier})
 * @param wholeEndpoint the endpoint is configured as single-practice: all its Patients belong
 */
public record Practice(Set<String> references, Set<String> identifiers, boolean wholeEndpoint) {

  public Practice {
    references = Set.copyOf(references);
    identifiers = Set.copyOf(identifiers);
  }

  /** The key of an identifier in {@link #identifiers()}. */
  public static String identifier(String system, String value) {
    return CodeSystems.canonical(system) + "|" + value;
  }

  /** True when {@code party} refers to this practice. */
  public boolean isReferredToBy(PartyRef party) {
    if (party == null) {
      return false;
    }
    if (party.reference() != null && references.contains(party.reference())) {
      return true;
    }
    return party.identifierValue() != null
        && identifiers.contains(identifier(party.identifierSystem(), party.identifierValue()));
  }
}
