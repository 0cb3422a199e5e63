package nl.spiegelbeeld.benchmark.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.web.ApiProblem;

/**
 * The public keys of a practice: its registered JWK Set, or its JWKS URL fetched through Nimbus's
 * caching source (kept 5 minutes, refreshed when a token names an unknown key id, rate-limited).
 * One source per URL for the life of the process, so the cache is shared by all requests.
 */
final class KeySources {

  private final Map<String, JWKSource<SecurityContext>> byUrl = new ConcurrentHashMap<>();

  JWKSource<SecurityContext> of(Practice practice) {
    if (practice.jwks().isPresent()) {
      try {
        return new ImmutableJWKSet<>(JWKSet.parse(practice.jwks().get()));
      } catch (ParseException e) {
        throw ApiProblem.unauthenticated(
            "De geregistreerde sleutel van deze praktijk is onleesbaar; vraag de beheerder de"
                + " praktijk opnieuw te registreren.");
      }
    }
    String url =
        practice
            .jwksUrl()
            .orElseThrow(
                () ->
                    ApiProblem.unauthenticated(
                        "Voor deze praktijk is geen sleutel geregistreerd; vraag de beheerder de"
                            + " publieke sleutel of JWKS-URL te registreren."));
    return byUrl.computeIfAbsent(url, KeySources::remote);
  }

  private static JWKSource<SecurityContext> remote(String url) {
    try {
      return JWKSourceBuilder.<SecurityContext>create(URI.create(url).toURL()).build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw ApiProblem.unauthenticated(
          "De geregistreerde JWKS-URL van deze praktijk is ongeldig; vraag de beheerder die te"
              + " herstellen.");
    }
  }
}
