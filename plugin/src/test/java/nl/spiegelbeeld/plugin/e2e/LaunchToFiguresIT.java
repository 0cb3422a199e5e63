package nl.spiegelbeeld.plugin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.spiegelbeeld.plugin.e2e.SandboxWorld.HisGp;
import nl.spiegelbeeld.plugin.e2e.SandboxWorld.HisPractice;
import nl.spiegelbeeld.plugin.e2e.SandboxWorld.Landing;
import nl.spiegelbeeld.plugin.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5's end-to-end proof at the HTTP level: a GP opens Spiegelbeeld from the sandbox's HIS
 * page (a real EHR launch, cookies and redirects with java.net.http), the app pulls the practice
 * from the sandbox's FHIR server and shows exactly the figures of the {@code measure} command for
 * the same practice and peildatum; a colleague finds the measurement cached, and a GP of another
 * practice sees none of it.
 */
class LaunchToFiguresIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static SandboxWorld world;
  private static List<HisPractice> practices;

  @BeforeAll
  static void start() throws IOException {
    world = SandboxWorld.start(work);
    practices = SandboxWorld.practices(new Browser().get(world.urls.his()).body());
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  @Test
  void a_gp_launching_from_the_his_sees_the_measure_commands_figures_and_a_colleague_the_same()
      throws Exception {
    HisPractice practice =
        practices.stream().filter(p -> p.gps().size() >= 2).findFirst().orElseThrow();
    Browser gp = new Browser();

    Landing landing = world.launch(gp, practice.gps().get(0));

    assertThat(landing.hops()).as("HIS → app /launch → authorize → callback → app").hasSize(4);
    assertThat(landing.hops().get(0)).startsWith(world.appRoot + "/launch?iss=");
    assertThat(landing.hops().get(1)).startsWith(world.urls.authorize());
    assertThat(landing.hops().get(2)).startsWith(world.appRoot + "/callback?");
    assertThat(landing.url()).isEqualTo(world.appRoot + "/app/");
    assertThat(landing.response().statusCode()).isEqualTo(200);
    assertThat(landing.response().headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/html");
    assertThat(landing.response().body()).contains("<script type=\"module\"");

    JsonNode session = json(gp.get(world.appRoot + "/api/session"));
    assertThat(session.path("practice").path("agb").asText()).isEqualTo(practice.agb());
    assertThat(session.path("practice").path("name").asText()).isEqualTo(practice.name());
    String csrf = session.path("csrfToken").asText();

    HttpResponse<String> started = start(gp, csrf);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(JSON.readTree(started.body()).path("state").asText()).isIn("running", "complete");
    List<String> events = events(gp);
    assertThat(events).as("the event stream ends with the outcome").isNotEmpty();
    assertThat(events.get(events.size() - 1)).as(String.join("\n", events)).startsWith("complete");
    assertThat(events).anyMatch(e -> e.startsWith("progress") && e.contains("Patient"));
    JsonNode status = json(gp.get(world.appRoot + "/api/measurements/status"));
    assertThat(status.path("state").asText()).isEqualTo("complete");
    assertThat(status.path("referenceDate").asText()).isEqualTo(world.peildatum.toString());

    // Without a peildatum the app measures on today, the world's peildatum.
    JsonNode dashboard = json(gp.get(world.appRoot + "/api/dashboard"));
    assertThat(dashboard.path("referenceDate").asText()).isEqualTo(world.peildatum.toString());
    assertThat(dashboard.path("practiceName").asText()).isEqualTo(practice.name());
    SandboxWorld.Measured measured = world.measure(practice.agb());

    Map<String, JsonNode> cards = cards(dashboard);
    assertThat(cards.keySet()).isEqualTo(measured.counts().keySet());
    int nonZero = 0;
    for (Map.Entry<String, Map<String, Integer>> want : measured.counts().entrySet()) {
      Map<String, Integer> got = figures(cards.get(want.getKey()), want.getValue().keySet());
      Map<String, Integer> expected = new TreeMap<>(want.getValue());
      expected.remove("initial-population");
      expected.remove("denominator-exclusion");
      assertThat(got).as(want.getKey()).isEqualTo(expected);
      nonZero += (int) expected.values().stream().filter(n -> n > 0).count();
    }
    assertThat(nonZero).as("figures compared that are not zero").isGreaterThan(10);
    JsonNode quality = JSON.readTree(measured.out().resolve("registratiekwaliteit.json").toFile());
    assertThat(dashboard.path("population").asInt())
        .isEqualTo(quality.path("populatie").asInt())
        .isGreaterThan(100);

    // A colleague of the same practice: the measurement is there at once, no new pull.
    Browser colleague = new Browser();
    HisGp other = practice.gps().get(1);
    assertThat(world.launch(colleague, other).url()).isEqualTo(world.appRoot + "/app/");
    JsonNode colleagueSession = json(colleague.get(world.appRoot + "/api/session"));
    assertThat(colleagueSession.path("practice").path("agb").asText()).isEqualTo(practice.agb());
    assertThat(colleagueSession.path("csrfToken").asText()).isNotEqualTo(csrf);
    HttpResponse<String> again = start(colleague, colleagueSession.path("csrfToken").asText());
    JsonNode againStatus = JSON.readTree(again.body());
    assertThat(againStatus.path("state").asText()).isEqualTo("complete");
    assertThat(againStatus.path("completedAt").asText())
        .isEqualTo(status.path("completedAt").asText());
    assertThat(cards(json(colleague.get(world.appRoot + "/api/dashboard"))).toString())
        .isEqualTo(cards.toString());
  }

  @Test
  void a_gp_of_another_practice_sees_nothing_of_the_first_practices_measurement() throws Exception {
    HisPractice first = practices.get(0);
    Browser gp = new Browser();
    world.launch(gp, first.gps().get(0));
    String csrf = json(gp.get(world.appRoot + "/api/session")).path("csrfToken").asText();
    assertThat(start(gp, csrf).statusCode()).isEqualTo(202);
    List<String> events = events(gp);
    assertThat(events.get(events.size() - 1)).startsWith("complete");
    assertThat(gp.get(world.appRoot + "/api/worklists/OST-07").statusCode()).isEqualTo(200);

    HisPractice second = practices.get(1);
    assertThat(second.agb()).isNotEqualTo(first.agb());
    Browser stranger = new Browser();
    assertThat(world.launch(stranger, second.gps().get(0)).url())
        .isEqualTo(world.appRoot + "/app/");
    JsonNode session = json(stranger.get(world.appRoot + "/api/session"));
    assertThat(session.path("practice").path("agb").asText()).isEqualTo(second.agb());

    assertThat(
            json(stranger.get(world.appRoot + "/api/measurements/status")).path("state").asText())
        .isEqualTo("none");
    for (String path :
        List.of(
            "/api/dashboard",
            "/api/worklists/OST-07",
            "/api/worklists/OST-07/csv",
            "/api/indicators/OST-04",
            "/api/registration-quality")) {
      HttpResponse<String> answer = stranger.get(world.appRoot + path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).contains("no-measurement").doesNotContain(first.name());
    }
  }

  private static HttpResponse<String> start(Browser browser, String csrf) {
    return browser.post(
        world.appRoot + "/api/measurements?peildatum=" + world.peildatum, "X-CSRF-Token", csrf);
  }

  /**
   * Follows {@code GET /api/measurements/events} until the server ends the stream; each event as
   * "name data".
   */
  private static List<String> events(Browser browser) throws IOException, InterruptedException {
    String cookie =
        browser.cookies().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            world.appRoot
                                + "/api/measurements/events?peildatum="
                                + world.peildatum))
                    .header("Cookie", cookie)
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> events = new ArrayList<>();
    String event = null;
    try (Stream<String> lines = response.body()) {
      Iterator<String> it = lines.iterator();
      while (it.hasNext()) {
        String line = it.next();
        if (line.startsWith("event:")) {
          event = line.substring("event:".length()).trim();
        } else if (line.startsWith("data:") && event != null) {
          events.add(event + " " + line.substring("data:".length()).trim());
          if (event.equals("complete") || event.equals("failed")) {
            break;
          }
          event = null;
        }
      }
    }
    return events;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static Map<String, JsonNode> cards(JsonNode dashboard) {
    Map<String, JsonNode> cards = new TreeMap<>();
    for (JsonNode module : dashboard.path("modules")) {
      for (JsonNode card : module.path("cards")) {
        cards.put(card.path("id").asText(), card);
      }
    }
    return cards;
  }

  /** The card's figures under the MeasureReport's population codes it reports. */
  private static Map<String, Integer> figures(JsonNode card, java.util.Set<String> codes) {
    Map<String, Integer> figures = new TreeMap<>();
    if (codes.contains("numerator")) {
      figures.put("numerator", card.path("numerator").asInt());
    }
    if (codes.contains("denominator")) {
      figures.put("denominator", card.path("denominator").asInt());
    }
    if (codes.contains("measure-population")) {
      figures.put("measure-population", card.path("measurePopulation").asInt());
    }
    return figures;
  }
}
