package nl.spiegelbeeld.plugin.launch;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A launch waiting for its callback: what the callback needs to finish it. Stored encrypted.
 *
 * @param iss the EHR's FHIR base
 * @param codeVerifier the PKCE secret whose S256 hash went to the authorization endpoint
 * @param nonce the OpenID Connect nonce the id_token must carry
 * @param scopes the scopes asked for
 * @param redirectUri the redirect URI sent, which the token request must repeat
 */
record PendingLogin(
    URI iss, String codeVerifier, String nonce, List<String> scopes, URI redirectUri) {

  PendingLogin {
    Objects.requireNonNull(iss, "iss");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(redirectUri, "redirectUri");
    scopes = List.copyOf(scopes);
  }

  @Override
  public String toString() {
    return "PendingLogin[***]";
  }
}
