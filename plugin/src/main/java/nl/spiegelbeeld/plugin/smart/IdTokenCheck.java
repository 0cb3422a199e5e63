package nl.spiegelbeeld.plugin.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates an id_token with Nimbus' {@link IDTokenValidator} against the keys at the server's
 * {@code jwks_uri} (fetched once and cached per server, refreshed by Nimbus when a new key id
 * appears): signature, issuer, audience (our client id), expiry and nonce. Then reads {@code
 * fhirUser}, from which the practice is resolved.
 */
public final class IdTokenCheck {

  private static final Logger LOG = LoggerFactory.getLogger(IdTokenCheck.class);

  /** The signature algorithms EHRs use for id_tokens; never {@code none} or HMAC. */
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  private final Map<URI, JWKSource<SecurityContext>> keySources = new ConcurrentHashMap<>();

  /** Who signed in, as the id_token says. */
  public record Identity(String fhirUser, String name) {}

  /**
   * Validates the id_token of a code exchange and returns who signed in.
   *
   * @throws LoginFailed when the token is missing, invalid or has no {@code fhirUser}
   */
  public Identity validate(
      JWT idToken, EhrRegistration registration, SmartConfiguration server, String nonce) {
    if (idToken == null || server.jwksUri().isEmpty()) {
      throw invalid("id-token-missing");
    }
    Issuer issuer = new Issuer(server.issuer().orElse(registration.iss().toString()));
    IDTokenValidator validator =
        new IDTokenValidator(
            issuer,
            new ClientID(registration.clientId()),
            new JWSVerificationKeySelector<>(ALGORITHMS, keys(server.jwksUri().get())),
            null);
    IDTokenClaimsSet claims;
    try {
      claims = validator.validate(idToken, new Nonce(nonce));
    } catch (BadJOSEException | JOSEException e) {
      LOG.warn("id_token rejected: {}", e.getClass().getName());
      throw invalid("id-token-invalid");
    }
    String fhirUser = claims.getStringClaim("fhirUser");
    if (fhirUser == null || fhirUser.isBlank()) {
      throw new LoginFailed(
          "no-fhir-user",
          403,
          "Uw HIS zegt niet wie u bent",
          "Uw HIS gaf bij het aanmelden niet door welke zorgverlener u bent (fhirUser)."
              + " Daarzonder kan Spiegelbeeld uw praktijk niet vaststellen. Vraag uw"
              + " HIS-leverancier de toestemming 'fhirUser' voor Spiegelbeeld aan te zetten.");
    }
    return new Identity(fhirUser, claims.getStringClaim("name"));
  }

  private JWKSource<SecurityContext> keys(URI jwksUri) {
    return keySources.computeIfAbsent(
        jwksUri,
        uri -> {
          try {
            return JWKSourceBuilder.create(uri.toURL()).build();
          } catch (MalformedURLException e) {
            throw invalid("jwks-uri-invalid");
          }
        });
  }

  private static LoginFailed invalid(String reason) {
    return new LoginFailed(
        reason,
        502,
        "Uw identiteit kon niet worden gecontroleerd",
        "Uw HIS gaf bij het aanmelden geen geldig identiteitsbewijs (id_token). Start"
            + " Spiegelbeeld opnieuw vanuit uw HIS; blijft het misgaan, neem dan contact op met"
            + " de beheerder van Spiegelbeeld.");
  }
}
