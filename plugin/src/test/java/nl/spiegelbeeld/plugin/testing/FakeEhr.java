package nl.spiegelbeeld.plugin.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SMART App Launch 2 server played by WireMock: discovery, the id_token keys and a token endpoint
 * whose answers each test sets. The authorization endpoint is never called: tests read the redirect
 * the app sends the browser to and play the EHR's answer themselves.
 */
public final class FakeEhr implements AutoCloseable {

  public static final List<String> V2_SCOPES =
      List.of("openid", "fhirUser", "launch", "online_access", "user/*.rs", "user/*.read");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final RSAKey signingKey;

  public FakeEhr() {
    server.start();
    try {
      signingKey = new RSAKeyGenerator(2048).keyID("ehr-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    server.stubFor(
        get(urlEqualTo("/auth/jwks"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(new JWKSet(signingKey.toPublicJWK()).toString())));
    discovery(V2_SCOPES, List.of("launch-ehr", "permission-v2", "client-public"));
  }

  public String root() {
    return server.baseUrl();
  }

  public String fhirBase() {
    return root() + "/fhir";
  }

  public String tokenEndpoint() {
    return root() + "/auth/token";
  }

  /** Serves a discovery document with these scopes_supported and capabilities. */
  public void discovery(List<String> scopesSupported, List<String> capabilities) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("issuer", fhirBase());
    doc.put("jwks_uri", root() + "/auth/jwks");
    doc.put("authorization_endpoint", root() + "/auth/authorize");
    doc.put("token_endpoint", tokenEndpoint());
    doc.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "none"));
    doc.put("scopes_supported", scopesSupported);
    doc.put("capabilities", capabilities);
    doc.put("code_challenge_methods_supported", List.of("S256"));
    discoveryBody(200, write(doc));
  }

  public void discoveryBody(int status, String body) {
    server.stubFor(
        get(urlEqualTo("/fhir/.well-known/smart-configuration"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }

  /** The next token endpoint answers. */
  public void tokenAnswer(int status, String body) {
    server.stubFor(
        post(urlPathEqualTo("/auth/token"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Cache-Control", "no-store")
                    .withBody(body)));
  }

  /** A successful token answer; {@code idToken} and {@code refresh} may be null. */
  public static String tokenResponse(
      String access, String refresh, String scope, String idToken, long expiresIn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", access);
    body.put("token_type", "Bearer");
    body.put("expires_in", expiresIn);
    if (scope != null) {
      body.put("scope", scope);
    }
    if (refresh != null) {
      body.put("refresh_token", refresh);
    }
    if (idToken != null) {
      body.put("id_token", idToken);
    }
    return write(body);
  }

  /** A token answer with extra (custom) parameters, e.g. {@code smart_style_url}. */
  public static String tokenResponse(String base, Map<String, Object> extra) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> body = JSON.readValue(base, LinkedHashMap.class);
      body.putAll(extra);
      return write(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serves a SMART style document at {@code path}. */
  public void style(String path, String json) {
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
  }

  /** The GET requests this server received for {@code path}. */
  public List<LoggedRequest> getRequests(String path) {
    return server.findAll(getRequestedFor(urlPathEqualTo(path)));
  }

  /** An id_token as this EHR signs it (RS256), valid now by the real clock. */
  public String idToken(String clientId, String nonce, String fhirUser) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(fhirBase())
            .subject("123")
            .audience(clientId)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", nonce)
            .claim("name", "dr. A. Jansen");
    if (fhirUser != null) {
      claims.claim("fhirUser", fhirUser);
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(signingKey));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  public List<LoggedRequest> tokenRequests() {
    return server.findAll(postRequestedFor(urlPathEqualTo("/auth/token")));
  }

  public void resetRequests() {
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
