package nl.spiegelbeeld.plugin.smart.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.plugin.practice.AccessTokens;

/**
 * Access tokens from SMART Backend Services (client_credentials with a {@code private_key_jwt}
 * client assertion): the token endpoint is discovered at {@code
 * {fhir}/.well-known/smart-configuration}, system scopes for exactly the resource types the pull
 * reads are asked (SMART v2 names, v1 where the server only lists those), and a token is renewed
 * shortly before it expires or once after a 401. Thread-safe.
 */
public final class BackendServicesTokens implements AccessTokens {

  /** The resource types the pull reads. */
  static final List<String> TYPES =
      List.of(
          "Patient",
          "Condition",
          "EpisodeOfCare",
          "MedicationRequest",
          "Medication",
          "Observation",
          "Organization",
          "Practitioner",
          "PractitionerRole");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

  private final URI fhirBase;
  private final ClientID clientId;
  private final ClientKey key;
  private final HttpClient http;
  private final Clock clock;
  private URI tokenEndpoint;
  private Scope scope;
  private String token;
  private Instant expires;

  public BackendServicesTokens(
      URI fhirBase, String clientId, ClientKey key, HttpClient http, Clock clock) {
    this.fhirBase = Objects.requireNonNull(fhirBase, "fhirBase");
    this.clientId = new ClientID(Objects.requireNonNull(clientId, "clientId"));
    this.key = Objects.requireNonNull(key, "key");
    this.http = Objects.requireNonNull(http, "http");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Optional<String> current() {
    if (token == null || clock.instant().isAfter(expires.minus(RENEW_BEFORE))) {
      obtain();
    }
    return Optional.of(token);
  }

  @Override
  public synchronized boolean refreshAfterRejection(String rejected) {
    if (!rejected.equals(token)) {
      return true; // another thread has renewed it already
    }
    obtain();
    return !rejected.equals(token);
  }

  private void obtain() {
    if (tokenEndpoint == null) {
      discover();
    }
    TokenResponse response;
    try {
      PrivateKeyJWT assertion =
          new PrivateKeyJWT(
              clientId, tokenEndpoint, key.algorithm(), key.privateKey(), key.keyId(), null);
      TokenRequest request =
          new TokenRequest(tokenEndpoint, assertion, new ClientCredentialsGrant(), scope);
      response = TokenResponse.parse(request.toHTTPRequest().send());
    } catch (JOSEException e) {
      throw new BackendAuthorizationFailed(
          "De client assertion kon niet worden ondertekend met de opgegeven sleutel.", true, e);
    } catch (IOException e) {
      throw new BackendAuthorizationFailed(
          "De autorisatieserver is niet bereikbaar (" + tokenEndpoint.getHost() + ").", false, e);
    } catch (ParseException e) {
      throw new BackendAuthorizationFailed(
          "De autorisatieserver gaf een onleesbaar antwoord.", false, e);
    }
    if (!response.indicatesSuccess()) {
      TokenErrorResponse error = response.toErrorResponse();
      String code = error.getErrorObject() == null ? "?" : error.getErrorObject().getCode();
      throw new BackendAuthorizationFailed(
          "De autorisatieserver weigerde de client ("
              + code
              + "). Controleer --client-id, de sleutel en de bij de server geregistreerde"
              + " rechten.",
          true,
          null);
    }
    AccessTokenResponse success = response.toSuccessResponse();
    AccessToken access = success.getTokens().getAccessToken();
    token = access.getValue();
    long lifetime = access.getLifetime() > 0 ? access.getLifetime() : 300;
    expires = clock.instant().plusSeconds(lifetime);
  }

  private void discover() {
    String base = fhirBase.toString().replaceAll("/+$", "");
    JsonNode config;
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/.well-known/smart-configuration"))
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new BackendAuthorizationFailed(
            "De FHIR-server publiceert geen SMART-configuratie (status "
                + response.statusCode()
                + "); SMART Backend Services is hier niet mogelijk. Gebruik --bearer-token.",
            true,
            null);
      }
      config = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new BackendAuthorizationFailed(
          "De SMART-configuratie van de FHIR-server is niet bereikbaar of onleesbaar.", false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendAuthorizationFailed("Afgebroken.", false, e);
    }
    String endpoint = config.path("token_endpoint").asText("");
    if (endpoint.isEmpty()) {
      throw new BackendAuthorizationFailed(
          "De SMART-configuratie van de FHIR-server noemt geen token_endpoint.", true, null);
    }
    tokenEndpoint = URI.create(endpoint);
    scope = scope(config.path("scopes_supported"));
  }

  /** SMART v2 {@code system/X.rs}, unless the server lists only v1 names ({@code .read}). */
  static Scope scope(JsonNode supported) {
    boolean v1Only = false;
    if (supported.isArray() && supported.size() > 0) {
      boolean anyV2 = false;
      boolean anyV1 = false;
      for (JsonNode s : supported) {
        anyV2 |= s.asText().matches("(system|user|patient)/.*\\.[cruds]+");
        anyV1 |= s.asText().endsWith(".read");
      }
      v1Only = anyV1 && !anyV2;
    }
    Scope scope = new Scope();
    for (String type : TYPES) {
      scope.add("system/" + type + (v1Only ? ".read" : ".rs"));
    }
    return scope;
  }

  @Override
  public String toString() {
    return "BackendServicesTokens[" + clientId + "]";
  }
}
