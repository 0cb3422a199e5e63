package nl.spiegelbeeld.plugin.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.plugin.testing.Browser;
import nl.spiegelbeeld.plugin.testing.FakeEhr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The token endpoint conversation against a WireMock EHR: client authentication and refresh. */
class TokenClientTest {

  private static final Instant NOW = Instant.parse("2026-11-23T13:05:00Z");
  private static final URI REDIRECT = URI.create("http://localhost:8080/callback");

  private static FakeEhr ehr;
  private static SmartConfiguration server;
  private final TokenClient client = new TokenClient(Clock.fixed(NOW, ZoneOffset.UTC));

  @BeforeAll
  static void start() {
    ehr = new FakeEhr();
    server =
        new SmartConfiguration(
            URI.create(ehr.root() + "/auth/authorize"),
            URI.create(ehr.tokenEndpoint()),
            Optional.of(ehr.fhirBase()),
            Optional.of(URI.create(ehr.root() + "/auth/jwks")),
            Optional.empty(),
            List.of(),
            Optional.empty());
  }

  @AfterAll
  static void stop() {
    ehr.close();
  }

  @BeforeEach
  void reset() {
    ehr.resetRequests();
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS384", "ES384"})
  void a_confidential_client_authenticates_with_a_private_key_jwt_smart_accepts(String alg)
      throws Exception {
    JWK key =
        alg.equals("RS384")
            ? new RSAKeyGenerator(2048).keyID("rsa-1").generate()
            : new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    EhrRegistration registration =
        new EhrRegistration(
            URI.create(ehr.fhirBase()),
            "sb-server",
            ClientType.CONFIDENTIAL_ASYMMETRIC,
            ClientKeys.of(new JWKSet(key), null),
            List.of(),
            false);
    ehr.tokenAnswer(200, FakeEhr.tokenResponse("a1", null, "openid user/*.rs", null, 300));

    client.exchange(
        registration, server, "code-1", REDIRECT, new CodeVerifier(), List.of("openid"));

    Map<String, String> form = Browser.query("x:/?" + ehr.tokenRequests().get(0).getBodyAsString());
    assertThat(form)
        .containsEntry(
            "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        .doesNotContainKey("client_secret");
    SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
    assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.parse(alg));
    assertThat(assertion.getHeader().getKeyID()).isEqualTo(key.getKeyID());
    DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
    verifier.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384),
            new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))));
    JWTClaimsSet claims = verifier.process(assertion, null);
    assertThat(claims.getIssuer()).isEqualTo("sb-server");
    assertThat(claims.getSubject()).isEqualTo("sb-server");
    assertThat(claims.getAudience()).containsExactly(ehr.tokenEndpoint());
    assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(16);
    Instant expires = claims.getExpirationTime().toInstant();
    assertThat(Duration.between(Instant.now(), expires))
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void a_public_client_sends_only_its_client_id() {
    ehr.tokenAnswer(200, FakeEhr.tokenResponse("a1", "r1", null, null, 120));

    TokenSet tokens =
        client
            .exchange(
                publicClient(), server, "c", REDIRECT, new CodeVerifier(), List.of("user/*.rs"))
            .tokens();

    Map<String, String> form = Browser.query("x:/?" + ehr.tokenRequests().get(0).getBodyAsString());
    assertThat(form)
        .containsEntry("client_id", "spiegelbeeld")
        .doesNotContainKey("client_assertion");
    assertThat(tokens.expiresAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(tokens.scopes())
        .as("no scope in the answer: as requested")
        .containsExactly("user/*.rs");
    assertThat(tokens.refreshToken()).contains("r1");
    assertThat(tokens.toString()).doesNotContain("a1").doesNotContain("r1");
  }

  @Test
  void a_refresh_that_returns_a_new_refresh_token_replaces_the_old_one() {
    TokenSet current = new TokenSet("a1", NOW, Optional.of("r1"), List.of("user/*.rs"));
    ehr.tokenAnswer(200, FakeEhr.tokenResponse("a2", "r2", null, null, 300));

    TokenSet refreshed = client.refresh(publicClient(), server, current);

    Map<String, String> form = Browser.query("x:/?" + ehr.tokenRequests().get(0).getBodyAsString());
    assertThat(form)
        .containsEntry("grant_type", "refresh_token")
        .containsEntry("refresh_token", "r1");
    assertThat(refreshed.accessToken()).isEqualTo("a2");
    assertThat(refreshed.refreshToken()).contains("r2");
    assertThat(refreshed.scopes()).containsExactly("user/*.rs");
  }

  @Test
  void a_refresh_without_a_new_refresh_token_keeps_the_old_one() {
    TokenSet current = new TokenSet("a1", NOW, Optional.of("r1"), List.of());
    ehr.tokenAnswer(200, FakeEhr.tokenResponse("a2", null, null, null, 300));

    assertThat(client.refresh(publicClient(), server, current).refreshToken()).contains("r1");
  }

  @Test
  void a_refused_refresh_is_a_dutch_login_failure() {
    ehr.tokenAnswer(400, "{\"error\":\"invalid_grant\"}");

    LoginFailed e =
        catchThrowableOfType(
            LoginFailed.class,
            () ->
                client.refresh(
                    publicClient(), server, new TokenSet("a1", NOW, Optional.of("r1"), List.of())));

    assertThat(e.reason()).isEqualTo("invalid-grant");
    assertThat(e.problem().detail()).contains("Start Spiegelbeeld opnieuw");
  }

  private static EhrRegistration publicClient() {
    return EhrRegistration.publicClient(URI.create(ehr.fhirBase()), "spiegelbeeld", true);
  }
}
