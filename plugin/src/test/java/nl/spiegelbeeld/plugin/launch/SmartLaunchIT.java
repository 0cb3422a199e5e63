package nl.spiegelbeeld.plugin.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.RunningApp;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.session.SessionSettings;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;
import nl.spiegelbeeld.plugin.testing.Browser;
import nl.spiegelbeeld.plugin.testing.FakeEhr;
import nl.spiegelbeeld.plugin.testing.MutableClock;
import nl.spiegelbeeld.plugin.testing.TestConfigs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SMART launch of the real app (on the test database) against EHRs played by WireMock: each
 * step of the browser's journey, and each way it can fail, with the Dutch page the GP then sees.
 */
class SmartLaunchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENT = "spiegelbeeld";
  private static final String NO_PRACTICE = "Practitioner/zonder-praktijk";
  private static final String ALL_SCOPES = "launch openid fhirUser online_access user/*.rs";
  private static final PracticeIdentity PRACTICE =
      new PracticeIdentity(
          "01234567",
          "Huisartsenpraktijk De Linde",
          "Organization/org-1",
          new Practice(Set.of("Organization/org-1"), Set.of(), false));

  private static FakeEhr ehr;
  private static FakeEhr v1Ehr;
  private static MutableClock clock;
  private static RunningApp app;
  private static final AtomicReference<String> resolvedWith = new AtomicReference<>();

  private Browser browser;

  @BeforeAll
  static void start() {
    ehr = new FakeEhr();
    v1Ehr = new FakeEhr();
    v1Ehr.discovery(
        List.of("openid", "fhirUser", "launch", "online_access", "user/*.read"),
        List.of("launch-ehr", "permission-v1"));
    clock = new MutableClock(Instant.now(), ZoneId.of("Europe/Amsterdam"));
    PracticeResolver resolver =
        (fhirBase, fhirUser, tokens) -> {
          if (fhirUser.equals(NO_PRACTICE)) {
            throw new PracticeResolver.PracticeNotResolved("test: no organization");
          }
          resolvedWith.set(tokens.current().orElseThrow());
          return PRACTICE;
        };
    app =
        RunningApp.start(
            TestConfigs.withEhrs(
                new EhrRegistrations(
                    List.of(
                        EhrRegistration.publicClient(URI.create(ehr.fhirBase()), CLIENT, true),
                        EhrRegistration.publicClient(
                            URI.create(v1Ehr.fhirBase() + "/"), CLIENT, false)))),
            clock,
            resolver);
  }

  @AfterAll
  static void stop() {
    app.close();
    ehr.close();
    v1Ehr.close();
  }

  @BeforeEach
  void newBrowser() {
    browser = new Browser();
    ehr.resetRequests();
  }

  @Test
  void an_ehr_launch_goes_to_the_authorization_endpoint_with_pkce_state_aud_and_v2_scopes() {
    HttpResponse<String> response = launch(ehr, "launch-123");

    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(ehr.root() + "/auth/authorize?");
    Map<String, String> query = Browser.query(location);
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", CLIENT)
        .containsEntry("redirect_uri", app.url("/callback"))
        .containsEntry("aud", ehr.fhirBase())
        .containsEntry("launch", "launch-123")
        .containsEntry("code_challenge_method", "S256");
    assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(query.get("state")).length * 8)
        .isGreaterThanOrEqualTo(122);
    assertThat(query.get("nonce")).isNotBlank();
    assertThat(query.get("scope").split(" "))
        .containsExactly(
            "launch",
            "openid",
            "fhirUser",
            "online_access",
            "user/Patient.rs",
            "user/Condition.rs",
            "user/MedicationRequest.rs",
            "user/Medication.rs",
            "user/Observation.rs",
            "user/EpisodeOfCare.rs",
            "user/Practitioner.rs",
            "user/PractitionerRole.rs",
            "user/Organization.rs");
    assertThat(response.headers().allValues("Set-Cookie"))
        .singleElement()
        .asString()
        .matches(
            "spiegelbeeld-aanmelding=[A-Za-z0-9_-]{43}; Path=/; Max-Age=600; HttpOnly;"
                + " SameSite=Lax");
  }

  @Test
  void
      a_server_that_only_lists_v1_scopes_is_asked_for_v1_names_and_a_standalone_launch_has_no_launch_scope() {
    HttpResponse<String> response =
        browser.get(app.url("/launch?iss=" + Browser.encode(v1Ehr.fhirBase())));

    assertThat(response.statusCode()).isEqualTo(302);
    Map<String, String> query =
        Browser.query(response.headers().firstValue("Location").orElseThrow());
    assertThat(query).doesNotContainKey("launch").containsEntry("aud", v1Ehr.fhirBase());
    assertThat(query.get("scope").split(" "))
        .doesNotContain("launch")
        .contains("user/Patient.read", "user/Organization.read")
        .noneMatch(s -> s.endsWith(".rs"));
  }

  @Test
  void a_launch_without_parameters_is_a_standalone_launch_of_the_default_ehr() {
    HttpResponse<String> response = browser.get(app.url("/launch"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow())
        .startsWith(ehr.root() + "/auth/authorize?");
  }

  @Test
  void an_unknown_iss_is_refused_in_dutch_without_any_redirect() {
    HttpResponse<String> response =
        browser.get(
            app.url("/launch?iss=" + Browser.encode("https://evil.example/fhir") + "&launch=x"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Location")).isEmpty();
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(response.body())
        .contains("<h1>Onbekend HIS</h1>")
        .contains("https://evil.example/fhir")
        .contains("beheerder van Spiegelbeeld")
        .doesNotContain("<script");
  }

  @Test
  void a_discovery_failure_is_explained_in_dutch() {
    try (FakeEhr broken = new FakeEhr()) {
      broken.discoveryBody(500, "oops");
      // Not registered: refused before discovery. Registered EHRs are covered by the others;
      // here the failing one is the default EHR's twin behind a fresh app.
      RunningApp other =
          RunningApp.start(
              TestConfigs.withEhrs(
                  new EhrRegistrations(
                      List.of(
                          EhrRegistration.publicClient(
                              URI.create(broken.fhirBase()), CLIENT, true)))),
              clock,
              (b, u, t) -> PRACTICE);
      try (other) {
        HttpResponse<String> response = new Browser().get(other.url("/launch"));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body()).contains("SMART on FHIR niet (goed)");
      }
    }
  }

  @Test
  void a_complete_launch_creates_a_session_whose_tokens_never_reach_the_browser() throws Exception {
    Map<String, String> authorize = authorize(ehr);
    ehr.tokenAnswer(
        200,
        FakeEhr.tokenResponse(
            "access-abc",
            "refresh-abc",
            ALL_SCOPES,
            ehr.idToken(CLIENT, authorize.get("nonce"), "Practitioner/123"),
            300));

    HttpResponse<String> callback = callback(authorize.get("state"), "code-1");

    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
    assertThat(callback.headers().firstValue("Location")).hasValue("/app/");
    assertThat(callback.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("spiegelbeeld-aanmelding=; Path=/; Max-Age=0"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .matches(
                        "spiegelbeeld-sessie=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax"));
    assertThat(callback.body()).doesNotContain("access-abc").doesNotContain("refresh-abc");

    LoggedRequest exchange = ehr.tokenRequests().get(0);
    Map<String, String> form = Browser.query("x:/?" + exchange.getBodyAsString());
    assertThat(form)
        .containsEntry("grant_type", "authorization_code")
        .containsEntry("code", "code-1")
        .containsEntry("redirect_uri", app.url("/callback"))
        .containsEntry("client_id", CLIENT);
    assertThat(
            CodeChallenge.compute(
                    CodeChallengeMethod.S256, new CodeVerifier(form.get("code_verifier")))
                .getValue())
        .isEqualTo(authorize.get("code_challenge"));
    assertThat(resolvedWith.get()).isEqualTo("access-abc");

    HttpResponse<String> session = browser.get(app.url("/api/session"));
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.headers().allValues("Cache-Control")).containsExactly("no-store");
    JsonNode body = JSON.readTree(session.body());
    assertThat(body.path("practice").path("agb").asText()).isEqualTo("01234567");
    assertThat(body.path("practice").path("name").asText())
        .isEqualTo("Huisartsenpraktijk De Linde");
    assertThat(body.path("userName").asText()).isEqualTo("dr. A. Jansen");
    assertThat(body.path("fhirBase").asText()).isEqualTo(ehr.fhirBase());
    assertThat(body.path("csrfToken").asText()).matches("[A-Za-z0-9_-]{43}");
    assertThat(Instant.parse(body.path("expiresAt").asText()))
        .as("ISO-8601, 30 idle minutes ahead")
        .isCloseTo(clock.instant().plus(Duration.ofMinutes(30)), within(1, ChronoUnit.MILLIS));
    assertThat(session.body()).doesNotContain("access-abc").doesNotContain("refresh-abc");
  }

  @Test
  void a_replayed_state_is_refused() {
    Map<String, String> authorize = signIn();
    browser.cookies().put("spiegelbeeld-aanmelding", "x".repeat(43));

    HttpResponse<String> replay = callback(authorize.get("state"), "code-1");

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("Aanmelding niet herkend").contains("al gebruikt");
  }

  @Test
  void a_state_from_another_browser_is_refused_and_cannot_be_used_afterwards() {
    Map<String, String> authorize = authorize(ehr);
    stubSuccessfulTokens(authorize.get("nonce"), "Practitioner/123");
    Browser attacker = new Browser();

    HttpResponse<String> stolen =
        attacker.get(app.url("/callback?code=c&state=" + Browser.encode(authorize.get("state"))));
    HttpResponse<String> own = callback(authorize.get("state"), "c");

    assertThat(stolen.statusCode()).isEqualTo(400);
    assertThat(stolen.body()).contains("Aanmelding niet herkend");
    assertThat(own.statusCode()).isEqualTo(400);
    assertThat(ehr.tokenRequests()).isEmpty();
  }

  @Test
  void a_callback_without_state_or_without_code_is_refused() {
    assertThat(browser.get(app.url("/callback?code=abc")).body())
        .contains("Aanmelding niet herkend");

    Map<String, String> authorize = authorize(ehr);
    HttpResponse<String> noCode =
        browser.get(app.url("/callback?state=" + Browser.encode(authorize.get("state"))));

    assertThat(noCode.statusCode()).isEqualTo(400);
    assertThat(noCode.body()).contains("zonder aanmeldcode");
  }

  @Test
  void a_user_who_denies_consent_is_told_so_in_dutch() {
    Map<String, String> authorize = authorize(ehr);

    HttpResponse<String> denied =
        browser.get(
            app.url(
                "/callback?error=access_denied&state=" + Browser.encode(authorize.get("state"))));

    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body())
        .contains("Geen toestemming gegeven")
        .contains("open het dan opnieuw vanuit uw HIS");
  }

  @Test
  void missing_scopes_are_named_in_dutch_and_no_session_is_made() {
    Map<String, String> authorize = authorize(ehr);
    ehr.tokenAnswer(
        200,
        FakeEhr.tokenResponse(
            "access-x",
            null,
            "launch openid fhirUser user/Patient.rs user/Condition.rs user/Observation.rs"
                + " user/EpisodeOfCare.rs user/Practitioner.rs user/PractitionerRole.rs"
                + " user/Organization.rs",
            ehr.idToken(CLIENT, authorize.get("nonce"), "Practitioner/123"),
            300));

    HttpResponse<String> callback = callback(authorize.get("state"), "c");

    assertThat(callback.statusCode()).isEqualTo(403);
    assertThat(callback.body())
        .contains("Onvoldoende toegang")
        .contains("voorschriften, geneesmiddelen")
        .doesNotContain("patiënten");
    assertThat(browser.cookies()).doesNotContainKey("spiegelbeeld-sessie");
  }

  @Test
  void a_user_without_a_practice_gets_a_dutch_explanation() {
    Map<String, String> authorize = authorize(ehr);
    stubSuccessfulTokens(authorize.get("nonce"), NO_PRACTICE);

    HttpResponse<String> callback = callback(authorize.get("state"), "c");

    assertThat(callback.statusCode()).isEqualTo(403);
    assertThat(callback.body()).contains("Uw praktijk is niet gevonden").contains("AGB-code");
  }

  @Test
  void an_id_token_for_another_nonce_is_refused() {
    Map<String, String> authorize = authorize(ehr);
    stubSuccessfulTokens("another-nonce", "Practitioner/123");

    HttpResponse<String> callback = callback(authorize.get("state"), "c");

    assertThat(callback.statusCode()).isEqualTo(502);
    assertThat(callback.body()).contains("Uw identiteit kon niet worden gecontroleerd");
  }

  @Test
  void token_endpoint_errors_are_explained_in_dutch() {
    Map<String, String> authorize = authorize(ehr);
    ehr.tokenAnswer(400, "{\"error\":\"invalid_grant\"}");
    assertThat(callback(authorize.get("state"), "c").body()).contains("Aanmelding verlopen");

    authorize = authorize(ehr);
    ehr.tokenAnswer(401, "{\"error\":\"invalid_client\"}");
    HttpResponse<String> invalidClient = callback(authorize.get("state"), "c");
    assertThat(invalidClient.statusCode()).isEqualTo(502);
    assertThat(invalidClient.body()).contains("niet goed aangemeld bij uw HIS");
  }

  @Test
  void an_answer_naming_another_issuer_is_refused_before_the_code_is_used() {
    Map<String, String> authorize = authorize(ehr);
    stubSuccessfulTokens(authorize.get("nonce"), "Practitioner/123");

    HttpResponse<String> callback =
        browser.get(
            app.url(
                "/callback?code=c&iss="
                    + Browser.encode("https://evil.example/fhir")
                    + "&state="
                    + Browser.encode(authorize.get("state"))));

    assertThat(callback.statusCode()).isEqualTo(400);
    assertThat(callback.body()).contains("Aanmelding van een ander HIS");
    assertThat(ehr.tokenRequests()).isEmpty();
  }

  @Test
  void in_production_the_redirect_uri_is_the_public_url_and_cookies_are_secure_host_cookies() {
    try (RunningApp production = startWithCookies(false)) {
      HttpResponse<String> response = new Browser().get(production.url("/launch"));

      assertThat(Browser.query(response.headers().firstValue("Location").orElseThrow()))
          .containsEntry("redirect_uri", "https://spiegelbeeld.example.nl/callback");
      assertThat(response.headers().allValues("Set-Cookie"))
          .singleElement()
          .asString()
          .matches(
              "__Host-spiegelbeeld-aanmelding=[A-Za-z0-9_-]{43}; Path=/; Max-Age=600; HttpOnly;"
                  + " Secure; SameSite=Lax");
    }
  }

  @Test
  void in_iframe_mode_cookies_are_samesite_none_secure_and_partitioned() {
    try (RunningApp framed = startWithCookies(true)) {
      HttpResponse<String> response = new Browser().get(framed.url("/launch"));

      assertThat(response.headers().allValues("Set-Cookie"))
          .singleElement()
          .asString()
          .endsWith("; HttpOnly; Secure; SameSite=None; Partitioned");
    }
  }

  private static RunningApp startWithCookies(boolean iframe) {
    AppConfig base =
        TestConfigs.withEhrs(
            new EhrRegistrations(
                List.of(EhrRegistration.publicClient(URI.create(ehr.fhirBase()), CLIENT, true))));
    AppConfig production =
        new AppConfig(
            base.host(),
            0,
            "'self' https://his.example.nl",
            true,
            Optional.of(URI.create("https://spiegelbeeld.example.nl")),
            base.ehrs(),
            new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(10), iframe),
            base.database(),
            base.sessionKeyFile(),
            base.measurement());
    return RunningApp.start(production, clock, (b, u, t) -> PRACTICE);
  }

  @Test
  void api_requests_without_a_session_get_a_dutch_401() {
    HttpResponse<String> response = browser.get(app.url("/api/session"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("Niet (meer) aangemeld");
  }

  @Test
  void state_changing_requests_need_the_csrf_token_and_the_own_origin() throws Exception {
    signIn();
    String csrf =
        JSON.readTree(browser.get(app.url("/api/session")).body()).path("csrfToken").asText();
    String origin = "http://localhost:" + app.port();

    assertThat(browser.post(app.url("/logout")).statusCode()).isEqualTo(403);
    assertThat(browser.post(app.url("/logout"), "X-CSRF-Token", "wrong").statusCode())
        .isEqualTo(403);
    assertThat(
            browser
                .post(app.url("/logout"), "X-CSRF-Token", csrf, "Origin", "https://evil.example")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            browser
                .post(app.url("/logout"), "X-CSRF-Token", csrf, "Sec-Fetch-Site", "cross-site")
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> api = browser.post(app.url("/api/anything"));
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.body()).contains("Verzoek geweigerd");
    assertThat(browser.get(app.url("/api/session")).statusCode())
        .as("still signed in")
        .isEqualTo(200);

    HttpResponse<String> logout =
        browser.post(
            app.url("/logout"),
            "X-CSRF-Token",
            csrf,
            "Origin",
            origin,
            "Sec-Fetch-Site",
            "same-origin");

    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(logout.body()).contains("U bent afgemeld");
    assertThat(browser.cookies()).doesNotContainKey("spiegelbeeld-sessie");
  }

  @Test
  void logout_deletes_the_session_on_the_server_not_only_the_cookie() throws Exception {
    signIn();
    String session = browser.cookies().get("spiegelbeeld-sessie");
    String csrf =
        JSON.readTree(browser.get(app.url("/api/session")).body()).path("csrfToken").asText();

    browser.postForm(app.url("/logout"), Map.of("csrf", csrf));
    browser.cookies().put("spiegelbeeld-sessie", session);

    assertThat(browser.get(app.url("/api/session")).statusCode()).isEqualTo(401);
  }

  @Test
  void a_session_ends_after_30_idle_minutes_but_use_keeps_it_alive() {
    signIn();

    clock.advance(Duration.ofMinutes(25));
    assertThat(browser.get(app.url("/api/session")).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(25));
    assertThat(browser.get(app.url("/api/session")).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(31));

    assertThat(browser.get(app.url("/api/session")).statusCode()).isEqualTo(401);
  }

  @Test
  void the_launch_style_from_the_ehrs_own_host_becomes_css_variables() throws Exception {
    ehr.style(
        "/style/spiegelbeeld.json",
        "{\"color_background\": \"#f4f6f8\", \"color_text\": \"rgb(20, 30, 40)\","
            + " \"dim_border_radius\": \"6px\", \"font_family_body\": \"'Open Sans', Arial\","
            + " \"color_highlight\": \"red;}body{display:none\"}");
    signInWith(
        Map.of(
            "smart_style_url",
            ehr.root() + "/style/spiegelbeeld.json",
            "need_patient_banner",
            false));

    HttpResponse<String> css = browser.get(app.url("/api/style.css"));

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body())
        .contains(":root {")
        .contains("--smart-color-background: #f4f6f8;")
        .contains("--smart-color-text: rgb(20, 30, 40);")
        .contains("--smart-dim-border-radius: 6px;")
        .contains("--smart-font-family-body: 'Open Sans', Arial;")
        .doesNotContain("highlight")
        .doesNotContain("display");
    assertThat(ehr.getRequests("/style/spiegelbeeld.json")).hasSize(1);
    JsonNode session = JSON.readTree(browser.get(app.url("/api/session")).body());
    assertThat(session.path("needPatientBanner").isBoolean()).isTrue();
    assertThat(session.path("needPatientBanner").asBoolean()).isFalse();
    assertThat(session.path("styleAvailable").asBoolean()).isTrue();
  }

  @Test
  void a_style_url_on_another_host_is_never_fetched() throws Exception {
    v1Ehr.style("/style/elders.json", "{\"color_background\": \"#000000\"}");
    String elsewhere = v1Ehr.root().replace("localhost", "127.0.0.1") + "/style/elders.json";
    signInWith(Map.of("smart_style_url", elsewhere, "need_patient_banner", true));

    HttpResponse<String> css = browser.get(app.url("/api/style.css"));

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body()).isEmpty();
    assertThat(v1Ehr.getRequests("/style/elders.json")).isEmpty();
    JsonNode session = JSON.readTree(browser.get(app.url("/api/session")).body());
    assertThat(session.path("needPatientBanner").asBoolean()).isTrue();
  }

  @Test
  void without_launch_style_the_style_sheet_is_empty_and_the_banner_flag_absent() throws Exception {
    signIn();

    HttpResponse<String> css = browser.get(app.url("/api/style.css"));

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).isEmpty();
    JsonNode session = JSON.readTree(browser.get(app.url("/api/session")).body());
    assertThat(session.path("needPatientBanner").isNull()).isTrue();
    assertThat(session.path("styleAvailable").asBoolean()).isFalse();
  }

  private void signInWith(Map<String, Object> extra) {
    Map<String, String> authorize = authorize(ehr);
    ehr.tokenAnswer(
        200,
        FakeEhr.tokenResponse(
            FakeEhr.tokenResponse(
                "access-abc",
                "refresh-abc",
                ALL_SCOPES,
                ehr.idToken(CLIENT, authorize.get("nonce"), "Practitioner/123"),
                300),
            extra));
    HttpResponse<String> callback = callback(authorize.get("state"), "code-1");
    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
  }

  private HttpResponse<String> launch(FakeEhr target, String launchToken) {
    return browser.get(
        app.url("/launch?iss=" + Browser.encode(target.fhirBase()) + "&launch=" + launchToken));
  }

  /** Launches and returns the authorization request's parameters. */
  private Map<String, String> authorize(FakeEhr target) {
    HttpResponse<String> response = launch(target, "launch-1");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    return Browser.query(response.headers().firstValue("Location").orElseThrow());
  }

  private HttpResponse<String> callback(String state, String code) {
    return browser.get(app.url("/callback?code=" + code + "&state=" + Browser.encode(state)));
  }

  private void stubSuccessfulTokens(String nonce, String fhirUser) {
    ehr.tokenAnswer(
        200,
        FakeEhr.tokenResponse(
            "access-abc", "refresh-abc", ALL_SCOPES, ehr.idToken(CLIENT, nonce, fhirUser), 300));
  }

  private Map<String, String> signIn() {
    Map<String, String> authorize = authorize(ehr);
    stubSuccessfulTokens(authorize.get("nonce"), "Practitioner/123");
    HttpResponse<String> callback = callback(authorize.get("state"), "code-1");
    assertThat(callback.statusCode()).as(callback.body()).isEqualTo(303);
    return authorize;
  }
}
