package nl.spiegelbeeld.plugin.smart;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an EHR's {@code .well-known/smart-configuration} says (SMART App Launch 2, discovery); only
 * the fields Spiegelbeeld uses.
 *
 * @param issuer the id_token issuer; empty when the server does not do OpenID Connect
 * @param jwksUri where the server's id_token keys are; empty without OpenID Connect
 * @param scopesSupported absent when the server does not list them
 * @param codeChallengeMethods absent when the server does not list them
 */
public record SmartConfiguration(
    URI authorizationEndpoint,
    URI tokenEndpoint,
    Optional<String> issuer,
    Optional<URI> jwksUri,
    Optional<List<String>> scopesSupported,
    List<String> capabilities,
    Optional<List<String>> codeChallengeMethods) {

  public SmartConfiguration {
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    capabilities = List.copyOf(capabilities);
  }

  /**
   * @throws IllegalArgumentException when a required endpoint is missing or not an absolute URL
   */
  static SmartConfiguration parse(JsonNode doc) {
    return new SmartConfiguration(
        url(doc, "authorization_endpoint")
            .orElseThrow(() -> new IllegalArgumentException("authorization_endpoint")),
        url(doc, "token_endpoint")
            .orElseThrow(() -> new IllegalArgumentException("token_endpoint")),
        Optional.ofNullable(doc.path("issuer").asText(null)),
        url(doc, "jwks_uri"),
        strings(doc, "scopes_supported"),
        strings(doc, "capabilities").orElse(List.of()),
        strings(doc, "code_challenge_methods_supported"));
  }

  private static Optional<URI> url(JsonNode doc, String field) {
    String value = doc.path(field).asText(null);
    if (value == null) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(value);
      String scheme = String.valueOf(uri.getScheme());
      if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
        throw new IllegalArgumentException(field);
      }
      return Optional.of(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field, e);
    }
  }

  private static Optional<List<String>> strings(JsonNode doc, String field) {
    JsonNode node = doc.get(field);
    if (node == null || !node.isArray()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    node.forEach(value -> values.add(value.asText()));
    return Optional.of(List.copyOf(values));
  }
}
