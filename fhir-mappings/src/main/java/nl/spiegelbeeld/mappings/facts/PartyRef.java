package nl.spiegelbeeld.mappings.facts;

import nl.spiegelbeeld.mappings.codes.CodeSystems;

/**
 * A reference from a Patient to its practice or GP: a literal reference ({@code Organization/123},
 * base URL and version removed), a logical one (an identifier such as the AGB code), or both.
 *
 * @param reference {@code Type/id}, or {@code null}
 * @param identifierSystem canonical identifier system (e.g. {@link CodeSystems#AGB_Z}), or {@code
 *     null}
 * @param identifierValue the identifier value, or {@code null}
 */
public record PartyRef(String reference, String identifierSystem, String identifierValue) {

  public PartyRef {
    identifierSystem = CodeSystems.canonical(identifierSystem);
  }
}
