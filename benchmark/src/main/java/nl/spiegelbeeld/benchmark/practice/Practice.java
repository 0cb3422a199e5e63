package nl.spiegelbeeld.benchmark.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * A practice as registered by the operator: known by its AGB code, which is also its client id (the
 * {@code iss} and {@code sub} of its client assertions).
 *
 * @param id the database id
 * @param agb the AGB code (8 digits)
 * @param name the practice's name, shown to its groups when they compare by name
 * @param jwksUrl where its public keys are published, or empty
 * @param jwks its public keys as a JWK Set (JSON), or empty
 * @param context list size and structure, as far as registered
 */
public record Practice(
    long id,
    String agb,
    String name,
    Optional<String> jwksUrl,
    Optional<String> jwks,
    PracticeContext context) {

  public Practice {
    Objects.requireNonNull(agb, "agb");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jwksUrl, "jwksUrl");
    Objects.requireNonNull(jwks, "jwks");
    Objects.requireNonNull(context, "context");
  }
}
