package nl.spiegelbeeld.plugin.sharing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jwt.SignedJWT;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy test of issue 7: a generated practice shares through the app's routes with a
 * recording stand-in for the benchmark, and every byte the app sent (request lines, headers with
 * the decoded assertions, bodies) is checked for the practice's patient identifiers, HIS numbers,
 * names, birth dates and every other date in its patients' records, and for any count between 1 and
 * k−1.
 */
class SharePrivacyIT {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final int K = 7;

  @TempDir static Path keys;

  private static WireMockServer benchmark;
  private static ShareHarness harness;
  private static PracticeMeasurement m;

  @BeforeAll
  static void start() {
    benchmark = new WireMockServer(options().dynamicPort());
    benchmark.start();
    m =
        GeneratedMeasurement.of(
            ShareHarness.CATALOGUE, "Huisartsenpraktijk De Linde", "01990042", 2500, 21, P);
    StringBuilder measures = new StringBuilder("[");
    for (IndicatorDefinition d : ShareHarness.CATALOGUE.definitions()) {
      measures
          .append(measures.length() > 1 ? "," : "")
          .append("{\"url\":\"")
          .append(d.canonicalUrl())
          .append("\",\"version\":\"")
          .append(d.version())
          .append("\"}");
    }
    benchmark.stubFor(
        get("/measures").willReturn(aResponse().withStatus(200).withBody(measures + "]")));
    benchmark.stubFor(
        get("/groups")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        "[{\"id\":1,\"name\":\"Wijkgroep Oost\",\"suppressionK\":"
                            + K
                            + ",\"compareByName\":true,\"members\":[]}]")));
    benchmark.stubFor(
        post("/fhir")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/fhir+json")
                    .withBody(
                        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                            + "\"information\",\"code\":\"informational\",\"diagnostics\":"
                            + "\"opgeslagen.\"}]}")));
    String url = "http://localhost:" + benchmark.port();
    harness =
        new ShareHarness(
            new SharingConfig(java.net.URI.create(url), url, Optional.empty()),
            BenchmarkKey.loadOrCreate(keys),
            ShareHarness.clockOn(P));
    harness.offer(m);
    harness.signInAs(ShareHarness.session(m));
  }

  @AfterAll
  static void stop() {
    if (harness != null) {
      harness.close();
    }
    if (benchmark != null) {
      benchmark.stop();
    }
  }

  @Test
  void a_full_share_sends_no_patient_data_and_no_small_cell() throws Exception {
    var preview = harness.get("/api/share?peildatum=" + P);
    assertThat(preview.statusCode()).isEqualTo(200);
    String digest = new ObjectMapper().readTree(preview.body()).path("digest").asText();
    var shared =
        harness.post(
            "/api/share?peildatum=" + P, "{\"digest\":\"" + digest + "\"}", ShareHarness.CSRF);
    assertThat(shared.statusCode()).isEqualTo(200);
    assertThat(shared.body()).contains("\"accepted\":true");

    List<ServeEvent> events = benchmark.getAllServeEvents();
    assertThat(events)
        .extracting(e -> e.getRequest().getUrl())
        .contains("/fhir", "/groups", "/measures");
    StringBuilder sent = new StringBuilder();
    for (ServeEvent e : events) {
      var r = e.getRequest();
      sent.append(r.getMethod()).append(' ').append(r.getUrl()).append('\n');
      for (var h : r.getHeaders().all()) {
        sent.append(h.key()).append(": ").append(String.join(",", h.values())).append('\n');
        if (h.key().equalsIgnoreCase("Authorization")) {
          String jwt = h.firstValue().substring("Bearer ".length());
          sent.append(SignedJWT.parse(jwt).getJWTClaimsSet().toString()).append('\n');
          sent.append(SignedJWT.parse(jwt).getHeader().toString()).append('\n');
        }
      }
      sent.append(new String(r.getBody(), StandardCharsets.UTF_8)).append('\n');
    }
    String all = sent.toString();

    Set<String> forbidden = patientStrings(m);
    assertThat(forbidden).hasSizeGreaterThan(1000);
    List<String> found = forbidden.stream().filter(all::contains).toList();
    assertThat(found).as("patient data in what was sent").isEmpty();

    String body =
        new String(
            events.stream()
                .filter(e -> e.getRequest().getUrl().equals("/fhir"))
                .findFirst()
                .orElseThrow()
                .getRequest()
                .getBody(),
            StandardCharsets.UTF_8);
    assertThat(smallCounts(body)).as("counts between 1 and k−1").isEmpty();
    assertThat(body).contains("\"valueCode\":\"masked\"").doesNotContain("report-note");
  }

  /** Every count in the Bundle, and every denominator − numerator, that lies in 1..k−1. */
  private static List<String> smallCounts(String bundle) throws Exception {
    List<String> small = new ArrayList<>();
    Matcher counts = Pattern.compile("\"count\":(\\d+)").matcher(bundle);
    while (counts.find()) {
      int c = Integer.parseInt(counts.group(1));
      if (c > 0 && c < K) {
        small.add(counts.group());
      }
    }
    JsonNode root = new ObjectMapper().readTree(bundle);
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode group : entry.path("resource").path("group")) {
        gap(group.path("population"), small);
        for (JsonNode s : group.path("stratifier")) {
          for (JsonNode stratum : s.path("stratum")) {
            gap(stratum.path("population"), small);
          }
        }
      }
    }
    return small;
  }

  private static void gap(JsonNode populations, List<String> small) {
    Integer d = null;
    Integer n = null;
    for (JsonNode p : populations) {
      String code = p.path("code").path("coding").path(0).path("code").asText();
      if (p.has("count") && code.equals("denominator")) {
        d = p.get("count").asInt();
      }
      if (p.has("count") && code.equals("numerator")) {
        n = p.get("count").asInt();
      }
    }
    if (d != null && n != null && d - n > 0 && d - n < K) {
      small.add("denominator − numerator = " + (d - n));
    }
  }

  /**
   * The practice's patient ids, HIS numbers, names, and every date in its patients' records (birth
   * dates, problem onsets, medication periods, lab dates), in ISO and Dutch notation. The dates
   * that name the reporting period itself (P, P − 364, P − 729) and the pull's day belong to the
   * report, not to a patient, and are left out of the check.
   */
  private static Set<String> patientStrings(PracticeMeasurement m) {
    Set<LocalDate> dates = new HashSet<>();
    Set<String> out = new HashSet<>();
    for (PatientInput input : m.data().patients()) {
      out.add(input.patient().id());
      collectDates(input, dates, 0);
    }
    for (Map.Entry<String, PatientLabel> e : m.data().labels().entrySet()) {
      out.add(e.getKey());
      out.add(e.getValue().name());
      dates.add(e.getValue().birthDate());
      if (e.getValue().hisNumber() != null) {
        out.add(e.getValue().hisNumber());
      }
    }
    dates.removeAll(Set.of(P, P.minusDays(364), P.minusDays(729)));
    DateTimeFormatter dutch = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    for (LocalDate d : dates) {
      if (d != null) {
        out.add(d.toString());
        out.add(d.format(dutch));
      }
    }
    out.removeIf(s -> s == null || s.isBlank());
    return out;
  }

  /** Walks records (and lists of records) for every LocalDate they hold. */
  private static void collectDates(Object value, Set<LocalDate> dates, int depth) {
    if (value == null || depth > 6) {
      return;
    }
    if (value instanceof LocalDate d) {
      dates.add(d);
    } else if (value instanceof Iterable<?> items) {
      for (Object item : items) {
        collectDates(item, dates, depth + 1);
      }
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collectDates(v, dates, depth + 1));
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          collectDates(c.getAccessor().invoke(value), dates, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
