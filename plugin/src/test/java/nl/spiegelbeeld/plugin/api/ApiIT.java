package nl.spiegelbeeld.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screens' API on a test app with a generated practice: figures equal the engine's. */
class ApiIT {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PracticeMeasurement measurement;
  private static ScreensHarness harness;

  @BeforeAll
  static void start() {
    measurement =
        GeneratedMeasurement.of(
            ScreensHarness.CATALOGUE, "Huisartsenpraktijk De Linde", "01990042", 3000, 11, P);
    harness = new ScreensHarness(ScreensHarness.session(measurement), ScreensHarness.clockOn(P));
    harness.offer(measurement, true);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @Test
  void dashboard_cards_carry_the_engines_counts_and_a_dutch_headline() throws Exception {
    JsonNode dashboard = json(harness.get("/api/dashboard?peildatum=" + P));

    assertThat(dashboard.get("referenceDate").asText()).isEqualTo(P.toString());
    assertThat(dashboard.get("population").asInt())
        .isEqualTo(measurement.evaluation().population());
    List<JsonNode> cards =
        StreamSupport.stream(dashboard.get("modules").spliterator(), false)
            .flatMap(m -> StreamSupport.stream(m.get("cards").spliterator(), false))
            .toList();
    assertThat(cards).hasSize(measurement.evaluation().indicators().size());
    for (JsonNode card : cards) {
      IndicatorResult r = measurement.evaluation().indicator(card.get("id").asText());
      Counts c = r.main().counts();
      assertThat(card.get("numerator").asInt()).as(r.id()).isEqualTo(c.numerator());
      assertThat(card.get("denominator").asInt()).as(r.id()).isEqualTo(c.denominator());
      assertThat(card.get("headline").get("nl").asText()).as(r.id()).isNotBlank();
      assertThat(card.get("status").asText()).isEqualTo(r.definition().status().json());
    }
    JsonNode ost04 = card(cards, "OST-04");
    Counts c04 = measurement.evaluation().indicator("OST-04").main().counts();
    int gap = c04.denominator() - c04.numerator();
    assertThat(ost04.get("headline").get("nl").asText())
        .startsWith(gap + " van uw " + c04.denominator() + " patiënten met osteoporose (")
        .contains("geen fractuurpreventie");
    assertThat(ost04.get("worklist").get("size").asInt()).isEqualTo(gap);
  }

  @Test
  void a_review_mark_is_stored_shown_in_the_worklist_and_counted_on_the_dashboard()
      throws Exception {
    JsonNode list = json(harness.get("/api/worklists/OST-07?peildatum=" + P));
    assertThat(list.get("rows").size())
        .isEqualTo(measurement.evaluation().indicator("OST-07").worklist().entries().size())
        .isPositive();
    JsonNode first = list.get("rows").get(0);
    String patientId = first.get("patientId").asText();
    assertThat(first.get("name").asText()).isNotBlank();
    assertThat(first.get("age").asInt()).isGreaterThanOrEqualTo(40);

    HttpResponse<String> saved =
        harness.send(
            "PUT",
            "/api/worklists/OST-07/reviews/" + patientId,
            "{\"outcome\":\"bewust-doorgebruik\",\"note\":\"  Hoog fractuurrisico, door.  \"}",
            ScreensHarness.CSRF);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    JsonNode again = json(harness.get("/api/worklists/OST-07?peildatum=" + P));
    assertThat(again.get("reviewed").asInt()).isEqualTo(1);
    JsonNode row = row(again, patientId);
    assertThat(row.get("review").get("outcome").asText()).isEqualTo("bewust-doorgebruik");
    assertThat(row.get("review").get("note").asText()).isEqualTo("Hoog fractuurrisico, door.");
    assertThat(row.get("review").get("reviewedBy").asText()).isEqualTo("M. Jansen (POH)");
    JsonNode dashboard = json(harness.get("/api/dashboard?peildatum=" + P));
    JsonNode card =
        card(
            StreamSupport.stream(dashboard.get("modules").spliterator(), false)
                .flatMap(m -> StreamSupport.stream(m.get("cards").spliterator(), false))
                .toList(),
            "OST-07");
    assertThat(card.get("worklist").get("reviewed").asInt()).isEqualTo(1);

    HttpResponse<String> removed =
        harness.send(
            "DELETE", "/api/worklists/OST-07/reviews/" + patientId, null, ScreensHarness.CSRF);
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(json(harness.get("/api/worklists/OST-07?peildatum=" + P)).get("reviewed").asInt())
        .isZero();
  }

  @Test
  void an_invalid_review_is_refused_with_every_problem_in_dutch_and_nothing_is_stored()
      throws Exception {
    String longNote = "x".repeat(501);
    HttpResponse<String> r =
        harness.send(
            "PUT",
            "/api/worklists/OST-04/reviews/p-1",
            "{\"outcome\":\"weg\",\"note\":\"" + longNote + "\"}",
            ScreensHarness.CSRF);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("detail").asText())
        .contains("kies een uitkomst")
        .contains("langer dan 500 tekens");
    assertThat(harness.reviews().forWorklist("01990042", "OST-04")).isEmpty();
    assertThat(
            harness
                .send("PUT", "/api/worklists/OST-04/reviews/p-1", "{not json", ScreensHarness.CSRF)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            harness
                .send(
                    "PUT",
                    "/api/worklists/OST-01/reviews/p-1",
                    "{\"outcome\":\"anders\"}",
                    ScreensHarness.CSRF)
                .statusCode())
        .as("OST-01 has no worklist")
        .isEqualTo(404);
  }

  @Test
  void csv_export_has_a_header_and_one_record_per_patient_with_its_facts() throws Exception {
    HttpResponse<String> csv = harness.get("/api/worklists/OST-04/csv?peildatum=" + P);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("werklijst-OST-04-" + P + ".csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).startsWith("\uFEFFNaam;HIS-nummer;Geboortedatum;Leeftijd;Geslacht;");
    JsonNode list = json(harness.get("/api/worklists/OST-04?peildatum=" + P));
    assertThat(lines).hasSize(1 + list.get("rows").size());
    JsonNode first = list.get("rows").get(0);
    assertThat(lines.get(1))
        .startsWith(first.get("name").asText() + ";" + first.get("hisNumber").asText());
  }

  @Test
  void detail_and_registration_quality_are_served() throws Exception {
    JsonNode detail = json(harness.get("/api/indicators/OST-07?peildatum=" + P));
    assertThat(detail.get("description").get("nl").asText()).contains("bisfosfonaat");
    assertThat(detail.get("sources").get(0).get("text").asText()).isNotBlank();
    Set<String> stratifiers =
        StreamSupport.stream(detail.get("groups").get(0).get("stratifiers").spliterator(), false)
            .map(s -> s.get("id").asText())
            .collect(Collectors.toSet());
    assertThat(stratifiers).contains("sex", "age-band").doesNotContain("age-band-shared");

    JsonNode quality = json(harness.get("/api/registration-quality?peildatum=" + P));
    int total = 0;
    for (JsonNode k : quality.get("kinds")) {
      total += k.get("count").asInt();
    }
    assertThat(total)
        .isEqualTo(
            measurement.evaluation().registrationProblems().values().stream()
                .mapToInt(Integer::intValue)
                .sum());
  }

  @Test
  void without_a_measurement_session_or_valid_date_the_answers_say_what_to_do() throws Exception {
    HttpResponse<String> none = harness.get("/api/dashboard?peildatum=2026-01-01");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(json(none).get("type").asText()).isEqualTo(ApiProblems.NoMeasurement.TYPE);

    HttpResponse<String> future = harness.get("/api/dashboard?peildatum=2027-01-01");
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(json(future).get("detail").asText()).contains("toekomst");
    assertThat(harness.get("/api/dashboard?peildatum=23-11-2026").statusCode()).isEqualTo(400);

    assertThat(
            harness
                .send("PUT", "/api/worklists/OST-04/reviews/p-1", "{\"outcome\":\"anders\"}", null)
                .statusCode())
        .as("no CSRF token")
        .isEqualTo(403);

    AppSession other = ScreensHarness.session(measurement);
    PracticeIdentity p = measurement.data().practice();
    harness.signInAs(
        new AppSession(
            other.id(),
            other.fhirBase(),
            new PracticeIdentity("01990043", "Andere praktijk", p.organization(), p.population()),
            other.userName(),
            other.fhirUser(),
            other.tokens(),
            other.csrfToken(),
            other.expiresAt()));
    try {
      assertThat(harness.get("/api/worklists/OST-04?peildatum=" + P).statusCode()).isEqualTo(403);
      harness.signOut();
      assertThat(harness.get("/api/worklists/OST-04?peildatum=" + P).statusCode()).isEqualTo(401);
    } finally {
      harness.signInAs(ScreensHarness.session(measurement));
    }
  }

  @Test
  void the_app_and_its_chart_library_are_served_from_the_ui_jar_with_the_security_headers() {
    HttpResponse<String> page = harness.get("/app/index.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.body())
        .contains("/app/vendor/echarts/echarts.min.js")
        .doesNotContain("style=")
        .doesNotContain("http://")
        .doesNotContain("https://");

    HttpResponse<String> module = harness.get("/app/js/main.js");
    assertThat(module.statusCode()).isEqualTo(200);
    assertThat(module.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    assertThat(harness.get("/app/vendor/echarts/echarts.min.js").statusCode()).isEqualTo(200);
  }

  private static JsonNode card(List<JsonNode> cards, String id) {
    return cards.stream().filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  private static JsonNode row(JsonNode list, String patientId) {
    for (JsonNode r : list.get("rows")) {
      if (r.get("patientId").asText().equals(patientId)) {
        return r;
      }
    }
    throw new AssertionError("no row for the patient");
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }
}
