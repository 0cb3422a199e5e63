package nl.spiegelbeeld.plugin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegelbeeld.fixtures.sandbox.DemoData;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.plugin.App;
import nl.spiegelbeeld.plugin.AppDependencies;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.testing.Browser;
import nl.spiegelbeeld.plugin.testing.FhirPracticeResolver;
import nl.spiegelbeeld.plugin.testing.TestConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole EHR launch against the real sandbox EHR started in-process (its HIS page, SMART
 * authorization server and FHIR server), with the app as the demo runs it: public client {@code
 * spiegelbeeld}, the sandbox's default registration.
 */
class SandboxLaunchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern FIRST_ROLE =
      Pattern.compile("name=\"rol\" id=\"rol-1\" value=\"([^\"]+)\"");
  private static final Pattern FIRST_PRACTICE =
      Pattern.compile("<legend>([^<]+) \\(AGB (\\d{8})\\)</legend>");

  @TempDir static Path cache;
  private static Javalin sandbox;
  private static Javalin app;
  private static SandboxUrls urls;
  private static String appRoot;

  @BeforeAll
  static void start() throws IOException {
    int appPort = freePort();
    int sandboxPort = freePort();
    appRoot = "http://localhost:" + appPort;
    Path data = DemoData.ensure(cache, 5, LocalDate.of(2026, 11, 23), 0.02, true, 2);
    FhirContext fhir = FhirContext.forR4();
    urls = new SandboxUrls("http://localhost:" + sandboxPort);
    sandbox =
        SandboxApp.create(
                "127.0.0.1",
                sandboxPort,
                new SandboxApp.Parts(
                    urls,
                    fhir,
                    SandboxStore.load(fhir, List.of(data)),
                    ClientRegistry.demoDefaults(appRoot),
                    new Faults(1),
                    Clock.systemUTC(),
                    appRoot + "/launch"))
            .start();
    AppConfig config =
        TestConfigs.withEhrs(
                new EhrRegistrations(
                    List.of(
                        EhrRegistration.publicClient(
                            URI.create(urls.fhirBase()), "spiegelbeeld", true))))
            .withPort(appPort);
    app =
        App.create(
                config,
                new AppDependencies(Clock.systemDefaultZone(), "test", new FhirPracticeResolver()))
            .start();
  }

  @AfterAll
  static void stop() {
    app.stop();
    sandbox.stop();
  }

  @Test
  void a_gp_launching_from_the_his_reaches_a_session_for_the_chosen_practice() throws Exception {
    Browser browser = new Browser();
    String his = browser.get(urls.his()).body();
    Matcher practice = FIRST_PRACTICE.matcher(his);
    assertThat(practice.find()).as("the HIS page lists a practice with its AGB").isTrue();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", group(CSRF, his));
    form.put("rol", group(FIRST_ROLE, his));

    HttpResponse<String> toApp = browser.postForm(urls.root() + "/his/launch", form);
    assertThat(toApp.statusCode()).isEqualTo(303);
    HttpResponse<String> toAuthorize = browser.get(location(toApp));
    assertThat(toAuthorize.statusCode()).as(toAuthorize.body()).isEqualTo(302);
    assertThat(location(toAuthorize)).startsWith(urls.authorize());
    HttpResponse<String> toCallback = browser.get(location(toAuthorize));
    assertThat(toCallback.statusCode()).isEqualTo(302);
    assertThat(location(toCallback)).startsWith(appRoot + "/callback?");
    HttpResponse<String> toUi = browser.get(location(toCallback));
    assertThat(toUi.statusCode()).as(toUi.body()).isEqualTo(303);
    assertThat(location(toUi)).isEqualTo("/app/");

    HttpResponse<String> session = browser.get(appRoot + "/api/session");
    assertThat(session.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(session.body());
    assertThat(body.path("practice").path("agb").asText()).isEqualTo(practice.group(2));
    assertThat(body.path("practice").path("name").asText())
        .isEqualTo(practice.group(1).replace("&#39;", "'").replace("&amp;", "&"));
    assertThat(body.path("fhirBase").asText()).isEqualTo(urls.fhirBase());
    assertThat(session.body()).doesNotContain("access_token");
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as(pattern.pattern()).isTrue();
    return m.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
