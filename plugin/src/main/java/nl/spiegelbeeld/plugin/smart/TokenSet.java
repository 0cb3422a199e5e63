package nl.spiegelbeeld.plugin.smart;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a token endpoint gave a session: server-side only, encrypted at rest, never logged ({@link
 * #toString()} says nothing).
 *
 * @param accessToken the bearer token for FHIR calls
 * @param expiresAt when it expires, by the app's clock
 * @param refreshToken the refresh token, if the server gave one
 * @param scopes the granted scopes
 */
public record TokenSet(
    String accessToken, Instant expiresAt, Optional<String> refreshToken, List<String> scopes) {

  public TokenSet {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(refreshToken, "refreshToken");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "TokenSet[***, expiresAt=" + expiresAt + "]";
  }
}
