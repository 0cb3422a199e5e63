package nl.spiegelbeeld.plugin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegelbeeld.fixtures.sandbox.DemoData;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.auth.RegisteredClient;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.plugin.App;
import nl.spiegelbeeld.plugin.AppDependencies;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.LaunchPracticeResolver;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.Sleeper;
import nl.spiegelbeeld.plugin.smart.ClientKeys;
import nl.spiegelbeeld.plugin.smart.ClientType;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.testing.Browser;
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

  private static final Pattern REQUEST = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");
  private static final List<String> SCOPES =
      List.of("launch", "openid", "fhirUser", "online_access", "offline_access", "user/*.rs");

  @TempDir static Path cache;
  private static Javalin sandbox;
  private static Javalin app;
  private static Javalin confidentialApp;
  private static SandboxUrls urls;
  private static String appRoot;
  private static String confidentialRoot;

  @BeforeAll
  static void start() throws IOException {
    int appPort = freePort();
    int confidentialPort = freePort();
    int sandboxPort = freePort();
    appRoot = "http://localhost:" + appPort;
    confidentialRoot = "http://localhost:" + confidentialPort;
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
                    new ClientRegistry(
                        List.of(
                            RegisteredClient.publicClient(
                                "spiegelbeeld", List.of(appRoot + "/callback"), SCOPES),
                            // The sandbox fetches the app's keys from its JWKS URL.
                            RegisteredClient.asymmetric(
                                "spiegelbeeld-server",
                                URI.create(confidentialRoot + SmartLogin.JWKS_PATH),
                                List.of(confidentialRoot + "/callback"),
                                SCOPES,
                                false))),
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
                new AppDependencies(
                    Clock.system(ZoneId.of("Europe/Amsterdam")), "test", launchResolver()))
            .start();
    JWK key;
    try {
      key = new ECKeyGenerator(Curve.P_384).keyID("test-ec").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    AppConfig confidential =
        TestConfigs.withEhrs(
                new EhrRegistrations(
                    List.of(
                        new EhrRegistration(
                            URI.create(urls.fhirBase()),
                            "spiegelbeeld-server",
                            ClientType.CONFIDENTIAL_ASYMMETRIC,
                            ClientKeys.of(new JWKSet(key), null),
                            List.of(),
                            true))))
            .withPort(confidentialPort);
    confidentialApp =
        App.create(
                confidential,
                new AppDependencies(
                    Clock.system(ZoneId.of("Europe/Amsterdam")), "test", launchResolver()))
            .start();
  }

  /** The app's own lookup, through the pull's resolver, as ServeCommand wires it. */
  private static LaunchPracticeResolver launchResolver() {
    return new LaunchPracticeResolver(
        new PracticePull(
            FhirContext.forR4Cached(),
            FhirHttp.defaultClient(),
            Sleeper.real(),
            PullOptions.standard(),
            Clock.systemUTC()));
  }

  @AfterAll
  static void stop() {
    app.stop();
    confidentialApp.stop();
    sandbox.stop();
  }

  @Test
  void a_standalone_launch_of_a_confidential_client_signs_in_with_private_key_jwt()
      throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> toAuthorize = browser.get(confidentialRoot + "/launch");
    assertThat(toAuthorize.statusCode()).as(toAuthorize.body()).isEqualTo(302);
    String signIn = browser.get(location(toAuthorize)).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", group(REQUEST, signIn));
    form.put("csrf", group(CSRF, signIn));
    form.put("rol", group(FIRST_ROLE, signIn));
    form.put("besluit", "toestaan");

    HttpResponse<String> toCallback =
        browser.postForm(urls.root() + "/auth/authorize/approve", form);
    assertThat(toCallback.statusCode()).as(toCallback.body()).isEqualTo(303);
    HttpResponse<String> toUi = browser.get(location(toCallback));

    assertThat(toUi.statusCode()).as(toUi.body()).isEqualTo(303);
    HttpResponse<String> session = browser.get(confidentialRoot + "/api/session");
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(session.body()).path("practice").path("agb").asText())
        .matches("\\d{8}");
  }

  @Test
  void a_gp_who_refuses_on_the_sign_in_page_sees_a_dutch_explanation() throws Exception {
    Browser browser = new Browser();
    String signIn = browser.get(location(browser.get(confidentialRoot + "/launch"))).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", group(REQUEST, signIn));
    form.put("csrf", group(CSRF, signIn));
    form.put("besluit", "weigeren");

    HttpResponse<String> toCallback =
        browser.postForm(urls.root() + "/auth/authorize/approve", form);
    HttpResponse<String> page = browser.get(location(toCallback));

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("Geen toestemming gegeven");
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
