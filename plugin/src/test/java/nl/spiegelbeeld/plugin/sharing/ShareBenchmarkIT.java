package nl.spiegelbeeld.plugin.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing with the real benchmark service (its own process, embedded PostgreSQL): the suppressed
 * package is accepted, sharing again replaces, a refusal comes back with the benchmark's Dutch
 * diagnostics, the group view shows both practices, and a benchmark that is down is said in Dutch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShareBenchmarkIT {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Clock CLOCK = Clock.system(ZONE);
  private static final LocalDate P = LocalDate.now(CLOCK);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;

  private static BenchmarkProcess benchmark;
  private static ShareHarness harness;
  private static ClientKey key;
  private static PracticeMeasurement linde;
  private static PracticeMeasurement noord;

  @BeforeAll
  static void start() throws Exception {
    key = BenchmarkKey.loadOrCreate(work.resolve("keys"));
    Path jwks = work.resolve("keys").resolve(BenchmarkKey.PUBLIC_FILE);
    benchmark = new BenchmarkProcess(work);
    benchmark.registerCatalogue(ShareHarness.CATALOGUE);
    benchmark.operator(
        "register-practice",
        "--agb",
        "01990001",
        "--name",
        "De Linde",
        "--key-file",
        jwks.toString());
    benchmark.operator(
        "register-practice", "--agb", "01990002", "--name", "Noord", "--key-file", jwks.toString());
    benchmark.operator(
        "register-group",
        "--name",
        "Wijkgroep Test",
        "--member",
        "01990001",
        "--member",
        "01990002",
        "--k",
        "5",
        "--compare-by-name");
    benchmark.serve();
    linde = GeneratedMeasurement.of(ShareHarness.CATALOGUE, "De Linde", "01990001", 2500, 31, P);
    noord = GeneratedMeasurement.of(ShareHarness.CATALOGUE, "Noord", "01990002", 1800, 32, P);
    harness =
        new ShareHarness(
            new SharingConfig(URI.create(benchmark.url()), benchmark.url(), Optional.empty()),
            key,
            CLOCK);
    harness.offer(linde);
    harness.offer(noord);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (harness != null) {
      harness.close();
    }
    if (benchmark != null) {
      benchmark.close();
    }
  }

  @Test
  @Order(1) // the practice's first share of this period
  void a_share_is_accepted_and_sharing_again_replaces_it() throws Exception {
    harness.signInAs(ShareHarness.session(linde));

    JsonNode first = share();
    JsonNode again = share();

    assertThat(first.path("accepted").asBoolean()).as(first.toString()).isTrue();
    assertThat(first.path("messages").toString()).contains("opgeslagen").doesNotContain("vervangt");
    assertThat(again.path("accepted").asBoolean()).isTrue();
    assertThat(again.path("messages").toString()).contains("vervangt de eerdere inzending");
  }

  @Test
  void the_group_view_shows_both_practices_by_name_with_a_headline() throws Exception {
    harness.signInAs(ShareHarness.session(noord));
    assertThat(share().path("accepted").asBoolean()).isTrue();
    harness.signInAs(ShareHarness.session(linde));
    assertThat(share().path("accepted").asBoolean()).isTrue();

    HttpResponse<String> r = harness.get("/api/group?peildatum=" + P);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode group = JSON.readTree(r.body()).path("groups").path(0);
    assertThat(group.path("group").path("name").asText()).isEqualTo("Wijkgroep Test");
    JsonNode ost04 = null;
    for (JsonNode i : group.path("indicators")) {
      if (i.path("id").asText().equals("OST-04")) {
        ost04 = i;
      }
    }
    assertThat(ost04).isNotNull();
    assertThat(ost04.path("comparison").path("practices"))
        .extracting(
            p ->
                p.path("practice").asText()
                    + ":"
                    + p.path("you").asBoolean()
                    + ":"
                    + p.path("submitted").asBoolean())
        .containsExactly("De Linde:true:true", "Noord:false:true");
    assertThat(ost04.path("headline").path("nl").asText()).startsWith("U zit").endsWith(".");
  }

  @Test
  void a_refused_submission_comes_back_with_the_benchmarks_dutch_diagnostics() {
    // Without suppression (k = 1) the small cells stay: the benchmark must refuse all of it.
    SharePackage unsuppressed =
        new ShareStep(FhirContext.forR4Cached()).prepare(linde, 1, Optional.empty());
    BenchmarkClient client =
        new BenchmarkClient(
            HttpClient.newHttpClient(),
            new SharingConfig(URI.create(benchmark.url()), benchmark.url(), Optional.empty()),
            key,
            CLOCK,
            FhirContext.forR4Cached());

    BenchmarkClient.SubmitResult result = client.submit("01990001", unsuppressed.json());

    assertThat(result.accepted()).isFalse();
    assertThat(result.status()).isEqualTo(422);
    assertThat(result.messages()).anyMatch(m -> m.contains("moet onderdrukt worden"));
  }

  @Test
  void a_practice_the_benchmark_does_not_know_gets_its_refusal_in_dutch() throws Exception {
    PracticeMeasurement stranger =
        GeneratedMeasurement.of(ShareHarness.CATALOGUE, "Zuid", "01990009", 500, 33, P);
    harness.offer(stranger);
    harness.signInAs(ShareHarness.session(stranger));

    HttpResponse<String> r = harness.get("/api/share?peildatum=" + P);

    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(JSON.readTree(r.body()).path("detail").asText())
        .startsWith("De benchmarkdienst antwoordde 401: ");
  }

  @Test
  void without_a_measurement_there_is_nothing_to_share() throws Exception {
    harness.signInAs(ShareHarness.session(linde));

    HttpResponse<String> r = harness.get("/api/share?peildatum=" + P.minusDays(3));

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(r.body()).path("title").asText()).isEqualTo("Nog niets om te delen");
  }

  @Test
  void a_benchmark_that_is_down_is_said_in_dutch_and_nothing_is_sent() throws Exception {
    BenchmarkProcess closed = new BenchmarkProcess(work.resolve("closed"));
    try (ShareHarness offline =
        new ShareHarness(
            new SharingConfig(URI.create(closed.url()), closed.url(), Optional.empty()),
            key,
            CLOCK)) {
      offline.offer(linde);
      offline.signInAs(ShareHarness.session(linde));

      HttpResponse<String> r = offline.get("/api/share?peildatum=" + P);

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(JSON.readTree(r.body()).path("title").asText())
          .isEqualTo("De benchmarkdienst is niet bereikbaar");
    }
  }

  private static JsonNode share() throws Exception {
    HttpResponse<String> preview = harness.get("/api/share?peildatum=" + P);
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    String digest = JSON.readTree(preview.body()).path("digest").asText();
    HttpResponse<String> r =
        harness.post(
            "/api/share?peildatum=" + P, "{\"digest\":\"" + digest + "\"}", ShareHarness.CSRF);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
