package nl.spiegelbeeld.plugin.smart;

import java.net.URI;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;

/**
 * Finds the practice a signed-in user works for: from {@code fhirUser} through the
 * Practitioner(Role) to the Organization with its AGB code. The pull feature provides the real one
 * (it owns the FHIR client); the launch only asks.
 */
@FunctionalInterface
public interface PracticeResolver {

  /**
   * Resolves the practice of the signed-in user.
   *
   * @param fhirBase the EHR's FHIR base ({@code iss})
   * @param fhirUser the id_token's {@code fhirUser}, absolute or relative to {@code fhirBase}
   * @param tokens the session's tokens for reading the FHIR server
   * @throws PracticeNotResolved when no practice with an AGB code can be found
   */
  PracticeIdentity resolve(URI fhirBase, String fhirUser, AccessTokens tokens);

  /** A launch whose user has no practice with an AGB code; shown as a Dutch explanation. */
  final class PracticeNotResolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason English, for the log; no identifiers
     */
    public PracticeNotResolved(String reason) {
      super(reason);
    }
  }
}
