package nl.spiegelbeeld.plugin.sharing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's calls to the benchmark service (docs/benchmark-service.md). Every request carries a
 * fresh RFC 7523 client assertion of the practice as bearer token: iss = sub = its AGB code, aud =
 * the benchmark's public URL, a new jti, valid for two minutes, signed with the deployment's key.
 * Logs carry statuses and counts only.
 */
public final class BenchmarkClient {

  private static final Logger LOG = LoggerFactory.getLogger(BenchmarkClient.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(2);

  private final HttpClient http;
  private final SharingConfig config;
  private final ClientKey key;
  private final Clock clock;
  private final FhirContext fhir;
  private final ObjectMapper json = new ObjectMapper();

  public BenchmarkClient(
      HttpClient http, SharingConfig config, ClientKey key, Clock clock, FhirContext fhir) {
    this.http = http;
    this.config = config;
    this.key = key;
    this.clock = clock;
    this.fhir = fhir;
  }

  /** The answer to a submission: stored, or refused with the benchmark's Dutch diagnostics. */
  public record SubmitResult(boolean accepted, int status, List<String> messages) {
    public SubmitResult {
      messages = List.copyOf(messages);
    }
  }

  /** {@code GET /groups}: the practice's groups with members and k. */
  public JsonNode groups(String agb) {
    return getJson(agb, "/groups");
  }

  /** {@code GET /measures}: the {@code url|version} canonicals the benchmark accepts. */
  public Set<String> measures(String agb) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode m : getJson(agb, "/measures")) {
      out.add(m.path("url").asText() + "|" + m.path("version").asText());
    }
    return out;
  }

  /** {@code GET /groups/{id}/comparisons} for one measure and period. */
  public JsonNode comparison(String agb, long group, String measure, String period) {
    return getJson(
        agb,
        "/groups/"
            + group
            + "/comparisons?measure="
            + URLEncoder.encode(measure, StandardCharsets.UTF_8)
            + "&period="
            + URLEncoder.encode(period, StandardCharsets.UTF_8));
  }

  /** {@code POST /fhir} with a {@code collection} Bundle, exactly these bytes. */
  public SubmitResult submit(String agb, String bundleJson) {
    HttpRequest request =
        request(agb, "/fhir")
            .header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofString(bundleJson, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response = send(request);
    List<String> messages = diagnostics(response.body());
    LOG.info(
        "Benchmark submission answered {} with {} issue(s)",
        response.statusCode(),
        messages.size());
    if (response.statusCode() >= 500 && messages.isEmpty()) {
      throw new BenchmarkProblems.Unavailable(config.benchmarkUrl().toString());
    }
    return new SubmitResult(response.statusCode() == 200, response.statusCode(), messages);
  }

  private JsonNode getJson(String agb, String path) {
    HttpResponse<String> response = send(request(agb, path).GET().build());
    if (response.statusCode() != 200) {
      LOG.info("Benchmark answered {} on a read", response.statusCode());
      throw new BenchmarkProblems.Refused(response.statusCode(), explanation(response.body()));
    }
    try {
      return json.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new BenchmarkProblems.Unavailable(config.benchmarkUrl().toString());
    }
  }

  private HttpRequest.Builder request(String agb, String path) {
    return HttpRequest.newBuilder(URI.create(config.benchmarkUrl() + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json, application/fhir+json")
        .header("Authorization", "Bearer " + assertion(agb));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.warn("Benchmark not reachable: {}", e.getClass().getSimpleName());
      throw new BenchmarkProblems.Unavailable(config.benchmarkUrl().toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchmarkProblems.Unavailable(config.benchmarkUrl().toString());
    }
  }

  /** A fresh client assertion for the practice (one per request). */
  String assertion(String agb) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(agb)
            .subject(agb)
            .audience(config.audience())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(key.algorithm()).keyID(key.keyId()).build(), claims);
    try {
      jwt.sign(
          key.privateKey() instanceof ECPrivateKey ec
              ? new ECDSASigner(ec)
              : new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing the client assertion failed", e);
    }
    return jwt.serialize();
  }

  /** The OperationOutcome's diagnostics, as they are. */
  private List<String> diagnostics(String body) {
    List<String> out = new ArrayList<>();
    try {
      OperationOutcome outcome = fhir.newJsonParser().parseResource(OperationOutcome.class, body);
      outcome.getIssue().forEach(i -> out.add(i.getDiagnostics()));
    } catch (DataFormatException | ClassCastException e) {
      // not an OperationOutcome: the status says enough
    }
    return out;
  }

  /** A refusal's reason: a JSON problem's detail or an OperationOutcome's diagnostics. */
  private String explanation(String body) {
    try {
      JsonNode node = json.readTree(body);
      if (node.hasNonNull("detail")) {
        return node.get("detail").asText();
      }
    } catch (JsonProcessingException e) {
      return "geen toelichting";
    }
    List<String> messages = diagnostics(body);
    return messages.isEmpty() ? "geen toelichting" : String.join(" ", messages);
  }
}
