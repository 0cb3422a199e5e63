package nl.spiegelbeeld.benchmark.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.web.ApiProblem;

/**
 * Verifies a practice's signed JWT client assertion (RFC 7523 section 3, as SMART Backend Services'
 * {@code private_key_jwt}), sent directly as {@code Authorization: Bearer <JWT>}: {@code iss} =
 * {@code sub} = the practice's AGB code, {@code aud} = the benchmark's public URL, {@code exp} in
 * the future and at most 5 minutes ahead, a {@code jti} not used before, signed RS384 or ES384 with
 * a key registered for that practice.
 */
public final class ClientAssertions {

  /** The longest a client assertion may live (SMART Backend Services: no more than 5 minutes). */
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** Tolerated clock difference between the practice and the benchmark. */
  static final Duration SKEW = Duration.ofSeconds(30);

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  private final PracticeStore practices;
  private final UsedAssertions used;
  private final String audience;
  private final Clock clock;
  private final KeySources keys = new KeySources();

  /**
   * @param audience the benchmark's public URL, which every assertion must name in {@code aud}
   */
  public ClientAssertions(
      PracticeStore practices, UsedAssertions used, String audience, Clock clock) {
    this.practices = Objects.requireNonNull(practices, "practices");
    this.used = Objects.requireNonNull(used, "used");
    this.audience = Objects.requireNonNull(audience, "audience");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param authorization the {@code Authorization} header, may be null
   * @return the practice the assertion is for
   * @throws ApiProblem 401 with a Dutch reason
   */
  public Practice verify(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthenticated(
          "Stuur een ondertekende client assertion (JWT) mee als 'Authorization: Bearer <JWT>'.");
    }
    SignedJWT jwt = parse(authorization.substring(7).strip());
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw ApiProblem.unauthenticated(
          "De client assertion moet ondertekend zijn met RS384 of ES384, niet "
              + jwt.getHeader().getAlgorithm()
              + ".");
    }
    JWTClaimsSet unverified = claims(jwt);
    String issuer = unverified.getIssuer();
    if (issuer == null || !issuer.equals(unverified.getSubject())) {
      throw ApiProblem.unauthenticated(
          "In de client assertion moeten iss en sub allebei de AGB-code van de praktijk zijn.");
    }
    Practice practice =
        practices
            .byAgb(issuer)
            .orElseThrow(
                () ->
                    ApiProblem.unauthenticated(
                        "De praktijk in de client assertion (iss) is niet geregistreerd bij de"
                            + " benchmark; vraag de beheerder de praktijk te registreren."));
    JWTClaimsSet claims = verifySignature(jwt, practice);
    checkClaims(claims);
    if (!used.firstUse(practice.id(), claims.getJWTID(), claims.getExpirationTime().toInstant())) {
      throw ApiProblem.unauthenticated(
          "Deze client assertion is al eens gebruikt (jti); maak voor elk verzoek een nieuwe.");
    }
    return practice;
  }

  private JWTClaimsSet verifySignature(SignedJWT jwt, Practice practice) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys.of(practice)));
    // The claims are checked below against the injected clock, not Nimbus's system time.
    processor.setJWTClaimsSetVerifier((claims, context) -> {});
    try {
      return processor.process(jwt, null);
    } catch (KeySourceException e) {
      throw new ApiProblem(
          503,
          "Sleutels niet bereikbaar",
          "De publieke sleutels van deze praktijk (JWKS-URL) zijn nu niet op te halen; probeer"
              + " het later opnieuw of vraag de praktijk haar JWKS-adres te controleren.");
    } catch (BadJOSEException | JOSEException e) {
      throw ApiProblem.unauthenticated(
          "De handtekening van de client assertion klopt niet met de sleutel die voor deze"
              + " praktijk is geregistreerd.");
    }
  }

  private void checkClaims(JWTClaimsSet claims) {
    if (!claims.getAudience().contains(audience)) {
      throw ApiProblem.unauthenticated(
          "De client assertion is niet voor deze benchmark bedoeld: aud moet '"
              + audience
              + "' zijn.");
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw ApiProblem.unauthenticated("De client assertion heeft geen vervaltijd (exp).");
    }
    if (!exp.toInstant().isAfter(now.minus(SKEW))) {
      throw ApiProblem.unauthenticated(
          "De client assertion is verlopen (exp); maak een nieuwe en controleer de klok.");
    }
    if (exp.toInstant().isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
      throw ApiProblem.unauthenticated(
          "De client assertion is te lang geldig: exp mag hoogstens 5 minuten na nu liggen.");
    }
    Date notBefore = claims.getNotBeforeTime();
    Date issued = claims.getIssueTime();
    if ((notBefore != null && notBefore.toInstant().isAfter(now.plus(SKEW)))
        || (issued != null && issued.toInstant().isAfter(now.plus(SKEW)))) {
      throw ApiProblem.unauthenticated(
          "De client assertion is nog niet geldig (nbf/iat in de toekomst); controleer de klok.");
    }
    if (claims.getJWTID() == null || claims.getJWTID().isBlank()) {
      throw ApiProblem.unauthenticated(
          "De client assertion heeft geen jti; geef elke assertion een unieke jti.");
    }
  }

  private static SignedJWT parse(String token) {
    try {
      return SignedJWT.parse(token);
    } catch (ParseException e) {
      throw ApiProblem.unauthenticated("De Bearer-waarde is geen ondertekende JWT.");
    }
  }

  private static JWTClaimsSet claims(SignedJWT jwt) {
    try {
      return jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw ApiProblem.unauthenticated("De claims van de client assertion zijn geen geldige JSON.");
    }
  }
}
