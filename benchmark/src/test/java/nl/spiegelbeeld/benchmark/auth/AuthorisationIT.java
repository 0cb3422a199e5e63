package nl.spiegelbeeld.benchmark.auth;

import static nl.spiegelbeeld.benchmark.support.Reports.OST04;
import static nl.spiegelbeeld.benchmark.support.TestService.AUDIENCE;
import static nl.spiegelbeeld.benchmark.support.TestService.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import nl.spiegelbeeld.benchmark.support.PracticeKey;
import nl.spiegelbeeld.benchmark.support.Reports;
import nl.spiegelbeeld.benchmark.support.TestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what: every call carries the practice's own signed assertion; a practice writes only
 * its own submissions and reads only its own groups.
 */
class AuthorisationIT {

  @TempDir static Path directory;

  private static TestService service;
  private static HttpServer jwksHost;
  private static long groupAb;
  private static long groupCd;

  private static final PracticeKey A = PracticeKey.rsa("02000001");
  private static final PracticeKey B = PracticeKey.ec("02000002");
  private static final PracticeKey C = PracticeKey.rsa("02000003");
  private static final PracticeKey D = PracticeKey.ec("02000004");

  @BeforeAll
  static void start() throws Exception {
    service = TestService.start(directory.resolve("pg"));
    service.registerPractice(A, "De Linde", directory);
    service.registerPractice(B, "Noord", directory);
    service.registerPractice(C, "Zuid", directory);
    // D publishes its keys at a JWKS URL, as a practice's SMART client would.
    jwksHost = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] jwks = D.publicJwks().getBytes(StandardCharsets.UTF_8);
    jwksHost.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    jwksHost.start();
    String url = "http://localhost:" + jwksHost.getAddress().getPort() + "/jwks.json";
    assertThat(
            service
                .operator(
                    "register-practice", "--agb", D.agb(), "--name", "West", "--jwks-url", url)
                .exitCode())
        .isZero();
    groupAb = service.registerGroup("Wijkgroep AB", 5, true, A.agb(), B.agb());
    groupCd = service.registerGroup("Wijkgroep CD", 5, true, C.agb(), D.agb());
    Path measures = directory.resolve("measures.json");
    Files.writeString(measures, Reports.bundle(Reports.measure(OST04, "increase", "OST-04")));
    service.registerMeasures(measures);
  }

  @AfterAll
  static void stop() {
    service.close();
    jwksHost.stop(0);
  }

  @Test
  void a_practice_reads_its_own_groups_with_an_rs384_assertion() {
    HttpResponse<String> response = service.get("/groups", A.assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"name\":\"Wijkgroep AB\"")
        .contains("{\"practice\":\"De Linde\",\"you\":true}")
        .doesNotContain("Wijkgroep CD");
  }

  @Test
  void an_es384_assertion_verified_with_keys_from_a_jwks_url_is_accepted() {
    HttpResponse<String> response = service.get("/groups", D.assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("Wijkgroep CD");
  }

  @Test
  void practice_a_cannot_read_a_group_it_is_not_in() {
    HttpResponse<String> response =
        service.get(
            "/groups/"
                + groupCd
                + "/comparisons?measure="
                + OST04
                + "%7C1.0.0&period=2025-11-24/2026-11-23",
            A.assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Uw praktijk is geen lid van deze groep");
  }

  @Test
  void practice_a_can_read_its_own_group() {
    HttpResponse<String> response =
        service.get(
            "/groups/"
                + groupAb
                + "/comparisons?measure="
                + OST04
                + "%7C1.0.0&period=2025-11-24/2026-11-23",
            A.assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void practice_a_cannot_submit_for_practice_b() {
    HttpResponse<String> response =
        service.post(
            "/fhir/MeasureReport",
            Reports.json(Reports.ost04(B.agb())),
            A.assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("een praktijk deelt alleen haar eigen cijfers");
    assertThat(service.query("SELECT count(*) FROM submissions")).isEqualTo("0");
  }

  @Test
  void a_call_without_an_assertion_is_refused_with_401() {
    HttpResponse<String> groups = service.get("/groups", null);
    HttpResponse<String> fhir =
        service.post("/fhir/MeasureReport", Reports.json(Reports.ost04(A.agb())), null);

    assertThat(groups.statusCode()).isEqualTo(401);
    assertThat(groups.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(groups.body()).contains("Authorization: Bearer <JWT>");
    assertThat(fhir.statusCode()).isEqualTo(401);
    assertThat(fhir.body()).contains("\"resourceType\":\"OperationOutcome\"").contains("\"login\"");
  }

  @Test
  void a_forged_assertion_signed_with_another_key_is_refused() {
    PracticeKey forger = PracticeKey.rsa(A.agb());

    assertRefused(
        forger.assertion(AUDIENCE, NOW), "handtekening van de client assertion klopt niet");
  }

  @Test
  void an_expired_assertion_is_refused() {
    String expired =
        A.assertion(A.agb(), AUDIENCE, NOW.minusSeconds(600), Duration.ofMinutes(2), jti());

    assertRefused(expired, "De client assertion is verlopen (exp)");
  }

  @Test
  void an_assertion_valid_for_more_than_five_minutes_is_refused() {
    assertRefused(
        A.assertion(A.agb(), AUDIENCE, NOW, Duration.ofHours(1), jti()),
        "exp mag hoogstens 5 minuten na nu liggen");
  }

  @Test
  void an_assertion_for_another_audience_is_refused() {
    assertRefused(
        A.assertion(A.agb(), "https://andere-dienst.example", NOW, Duration.ofMinutes(2), jti()),
        "aud moet 'https://benchmark.test' zijn");
  }

  @Test
  void a_replayed_assertion_is_refused() {
    String once = A.assertion(AUDIENCE, NOW);
    assertThat(service.get("/groups", once).statusCode()).isEqualTo(200);

    assertRefused(once, "al eens gebruikt (jti)");
  }

  @Test
  void an_assertion_of_an_unregistered_practice_is_refused() {
    PracticeKey stranger = PracticeKey.rsa("09999999");

    assertRefused(stranger.assertion(AUDIENCE, NOW), "is niet geregistreerd bij de benchmark");
  }

  @Test
  void an_assertion_with_a_shared_secret_algorithm_is_refused() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.HS256),
            new JWTClaimsSet.Builder()
                .issuer(A.agb())
                .subject(A.agb())
                .audience(AUDIENCE)
                .expirationTime(Date.from(NOW.plusSeconds(60)))
                .jwtID(jti())
                .build());
    jwt.sign(new MACSigner(new byte[32]));

    assertRefused(jwt.serialize(), "RS384 of ES384");
  }

  @Test
  void a_token_that_is_not_a_jwt_is_refused() {
    assertRefused("geheim-wachtwoord", "geen ondertekende JWT");
  }

  private static void assertRefused(String token, String reason) {
    HttpResponse<String> response = service.get("/groups", token);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains(reason);
  }

  private static String jti() {
    return UUID.randomUUID().toString();
  }
}
