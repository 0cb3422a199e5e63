package nl.spiegelbeeld.plugin.session;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;

/**
 * A signed-in user of one practice, as every {@code /api} handler sees it.
 *
 * @param id the session id (the cookie's value); never logged
 * @param fhirBase the launching EHR's FHIR endpoint ({@code iss})
 * @param practice the practice the user works for, resolved from {@code fhirUser}
 * @param userName the user's display name for the header, or {@code null}
 * @param fhirUser the {@code fhirUser} claim, e.g. {@code Practitioner/123}
 * @param tokens the session's tokens for FHIR calls (server-side only)
 * @param csrfToken what non-GET requests must send in the {@code X-CSRF-Token} header
 * @param expiresAt when the session ends unless used again (idle timeout)
 */
public record AppSession(
    String id,
    URI fhirBase,
    PracticeIdentity practice,
    String userName,
    String fhirUser,
    AccessTokens tokens,
    String csrfToken,
    Instant expiresAt) {

  public AppSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fhirBase, "fhirBase");
    Objects.requireNonNull(practice, "practice");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(csrfToken, "csrfToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  @Override
  public String toString() {
    return "AppSession[practice=" + practice.agb() + ", expiresAt=" + expiresAt + "]";
  }
}
