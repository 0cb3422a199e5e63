package nl.spiegelbeeld.mappings.codes;

import java.util.Objects;

/**
 * A code in a code system, with the system in its canonical spelling ({@link
 * CodeSystems#canonical}), so that {@code urn:oid:2.16.840.1.113883.2.4.4.31.1|L95} and {@code
 * http://hl7.org/fhir/sid/icpc-1-nl|L95} are the same code. Codes compare exactly: {@code L95} is
 * not {@code L95.01}.
 *
 * @param system canonical system URI, or {@code null} when the source gave none
 * @param code the code as sent (trimmed)
 */
public record Code(String system, String code) {

  public Code {
    Objects.requireNonNull(code, "code");
    system = CodeSystems.canonical(system == null || system.isBlank() ? null : system.trim());
    code = code.trim();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("empty code");
    }
  }

  /** {@code system|code}, as FHIR token searches write it. */
  @Override
  public String toString() {
    return (system == null ? "" : system) + "|" + code;
  }
}
