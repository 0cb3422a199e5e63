package nl.spiegelbeeld.plugin.measurement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.PullTestAccess;
import nl.spiegelbeeld.plugin.pull.RetryPolicy;
import nl.spiegelbeeld.plugin.session.AppSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every fault class of issue #5 as the GP meets it: the app's {@link MeasurementService} with the
 * real {@link PullLoader} and {@link PracticePull} against a FHIR server on WireMock. Each ends as
 * {@code failed} with a Dutch title and a detail that says what to do, and leaves nothing in the
 * cache and nothing in the history. The first test shows the same stubs without a fault give a
 * complete measurement, so each fault is what makes the difference.
 */
class MeasurementFaultsTest {

  private static final Engine ENGINE = new Engine(Catalogue.load());
  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final String AGB = "01234567";
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final int NORMAL = 5;
  private static final int FAULT = 1;

  private WireMockServer server;
  private MeasurementService service;
  private final List<PracticeMeasurement> recorded = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
    practiceEndpoint();
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    server.stop();
  }

  @Test
  void withoutAFaultTheSameStubsGiveACompleteMeasurement() throws Exception {
    AppSession session = session(base(), AccessTokens.fixed("t1"));

    Status status = measure(session, Duration.ofSeconds(5));

    assertThat(status.state()).isEqualTo(Status.COMPLETE);
    assertThat(service.complete(session, P)).isPresent();
    assertThat(service.complete(session, P).orElseThrow().evaluation().population()).isEqualTo(2);
    assertThat(recorded).hasSize(1);
  }

  @Test
  void fhirServerDown() throws Exception {
    URI closed = URI.create("http://localhost:" + freePort() + "/fhir");

    Failure f = failed(session(closed, AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("FHIR-server niet bereikbaar");
    assertThat(f.detail())
        .contains("niet bereikbaar")
        .contains("Er wordt niets getoond of gedeeld")
        .contains("Ververs");
  }

  @Test
  void serverErrorThatStays() throws Exception {
    fault(get(urlPathEqualTo("/fhir/Observation")), aResponse().withStatus(503));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("FHIR-server geeft fouten");
    assertThat(f.missing()).containsExactly("Observation");
    assertThat(f.detail())
        .contains("labuitslagen")
        .contains("503 (2 pogingen)")
        .contains("Er wordt niets getoond of gedeeld")
        .contains("Ververs");
  }

  @Test
  void tooManyRequestsThatStays() throws Exception {
    fault(
        get(urlPathEqualTo("/fhir/Condition")),
        aResponse().withStatus(429).withHeader("Retry-After", "120"));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("FHIR-server is te druk");
    assertThat(f.missing()).containsExactly("Condition");
    assertThat(f.detail()).contains("problemen").contains("429 (2 pogingen)").contains("Ververs");
  }

  @Test
  void slowServerTimesOut() throws Exception {
    fault(
        get(urlPathEqualTo("/fhir/MedicationRequest")),
        aResponse().withFixedDelay(10_000).withStatus(200));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(2));

    assertThat(f.title()).isEqualTo("FHIR-server reageert te traag");
    assertThat(f.missing()).containsExactly("MedicationRequest");
    assertThat(f.detail())
        .contains("geen antwoord binnen 2 seconden (2 pogingen)")
        .contains("Ververs");
  }

  @Test
  void brokenPagingToAnotherServer() throws Exception {
    fault(
        get(urlPathEqualTo("/fhir/Patient")),
        fhirJson(bundle(List.of(patient("p1")), "https://elders.example/fhir?_getpages=x")));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("Gegevens niet volledig opgehaald");
    assertThat(f.missing()).containsExactly("Patient");
    assertThat(f.detail())
        .contains("andere server")
        .contains("Opgehaald tot dan: 1 pagina,")
        .contains("Er wordt niets getoond of gedeeld");
  }

  @Test
  void brokenPagingInALoop() throws Exception {
    fault(
        get(urlPathEqualTo("/fhir/Patient")),
        fhirJson(bundle(List.of(patient("p1")), server.baseUrl() + "/fhir/Patient?page=1")));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("Gegevens niet volledig opgehaald");
    assertThat(f.missing()).containsExactly("Patient");
    assertThat(f.detail()).contains("kring");
  }

  @Test
  void expiredTokenWhoseRefreshIsRejectedToo() throws Exception {
    // Everything but the CapabilityStatement wants a valid token; none is valid any more.
    fault(get(urlPathEqualTo("/fhir/PractitionerRole")), aResponse().withStatus(401));
    fault(get(urlPathEqualTo("/fhir/Patient")), aResponse().withStatus(401));
    RefreshingTokens tokens = new RefreshingTokens();

    Failure f = failed(session(base(), tokens), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("Geen toegang meer tot het dossier");
    assertThat(f.detail())
        .contains("aanmelding is verlopen")
        .contains("open het opnieuw vanuit het HIS")
        .doesNotContain("t-old")
        .doesNotContain("t-new");
    assertThat(tokens.refreshed.get()).isEqualTo("t-old");
    server.verify(
        getRequestedFor(urlPathEqualTo("/fhir/PractitionerRole"))
            .withHeader("Authorization", equalTo("Bearer t-new")));
  }

  @Test
  void stu3Endpoint() throws Exception {
    fault(
        get(urlPathEqualTo("/fhir/metadata")),
        fhirJson(PullTestAccess.capabilityStatement().replace("4.0.1", "3.0.2")));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("FHIR-server niet bruikbaar");
    assertThat(f.detail())
        .contains("STU3")
        .contains("alleen met FHIR R4")
        .contains("Vraag de leverancier van het HIS");
  }

  @Test
  void practiceNotFound() throws Exception {
    // The user's roles name another practice.
    Organization other = organization("org-2", "07654321");
    fault(
        get(urlPathEqualTo("/fhir/PractitionerRole")),
        fhirJson(bundle(List.of(role("role-2", "org-2"), other), null)));

    Failure f = failed(session(base(), AccessTokens.none()), Duration.ofSeconds(5));

    assertThat(f.title()).isEqualTo("Praktijk niet gevonden");
    assertThat(f.detail())
        .contains("werkt niet voor de praktijk met AGB-code " + AGB)
        .contains("vraag dan de beheerder van het HIS");
  }

  // --- the measurement ---

  private Failure failed(AppSession session, Duration requestTimeout) throws Exception {
    Status status = measure(session, requestTimeout);
    assertThat(status.state()).isEqualTo(Status.FAILED);
    assertThat(service.complete(session, P)).as("nothing cached").isEmpty();
    assertThat(recorded).as("nothing recorded").isEmpty();
    Failure f = status.failure();
    assertThat(f.detail()).doesNotContain("Jansen").doesNotContain("nr-p1");
    return f;
  }

  private Status measure(AppSession session, Duration requestTimeout) throws Exception {
    RetryPolicy fast =
        new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ZERO, requestTimeout);
    PracticePull pull =
        new PracticePull(
            FHIR,
            FhirHttp.defaultClient(),
            d -> {},
            PullOptions.standard().withRetry(fast),
            Clock.systemUTC());
    service =
        new MeasurementService(
            ENGINE,
            new PullLoader(pull, Catalogue.load(), GStandaardAtcTable.empty()),
            recorded::add,
            new MeasurementSettings(Duration.ofHours(1), 100_000, 1),
            Clock.fixed(NOW, ZoneOffset.UTC));
    service.start(session, P, false);
    // Polls the state, as the browser does; the only bound is a generous one on a hang.
    for (int i = 0; i < 3000; i++) {
      Status s = service.status(session, P);
      if (!s.state().equals(Status.RUNNING)) {
        return s;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the measurement did not end");
  }

  // --- the FHIR endpoint ---

  private URI base() {
    return URI.create(server.baseUrl() + "/fhir");
  }

  /** The practice of the session, its user's role, two listed patients, no clinical data. */
  private void practiceEndpoint() {
    normal(get(urlPathEqualTo("/fhir/metadata")), PullTestAccess.capabilityStatement());
    normal(
        get(urlPathEqualTo("/fhir/PractitionerRole")),
        bundle(List.of(role("role-1", "org-1"), organization("org-1", AGB)), null));
    normal(
        get(urlPathEqualTo("/fhir/Patient")), bundle(List.of(patient("p1"), patient("p2")), null));
    for (String type : List.of("Condition", "Observation", "MedicationRequest", "EpisodeOfCare")) {
      normal(get(urlPathEqualTo("/fhir/" + type)), bundle(List.of(), null));
    }
  }

  private void normal(MappingBuilder request, String body) {
    server.stubFor(request.atPriority(NORMAL).willReturn(fhirJson(body)));
  }

  private void fault(
      MappingBuilder request,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    server.stubFor(request.atPriority(FAULT).willReturn(response));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder fhirJson(
      String body) {
    return aResponse().withHeader("Content-Type", "application/fhir+json").withBody(body);
  }

  private static String bundle(List<? extends Resource> resources, String next) {
    Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    resources.forEach(r -> b.addEntry().setResource(r));
    if (next != null) {
      b.addLink().setRelation(Bundle.LINK_NEXT).setUrl(next);
    }
    return FHIR.newJsonParser().encodeResourceToString(b);
  }

  private static Organization organization(String id, String agb) {
    Organization o = new Organization();
    o.setId(id);
    o.setName("Praktijk " + id);
    o.addIdentifier().setSystem(CodeSystems.AGB_Z).setValue(agb);
    return o;
  }

  private static PractitionerRole role(String id, String organization) {
    PractitionerRole r = new PractitionerRole();
    r.setId(id);
    r.setPractitioner(new Reference("Practitioner/pr-1"));
    r.setOrganization(new Reference("Organization/" + organization));
    return r;
  }

  private static Patient patient(String id) {
    Patient p = new Patient();
    p.setId(id);
    p.setGender(AdministrativeGender.FEMALE);
    p.setBirthDateElement(new DateType("1950-03-01"));
    p.setActive(true);
    p.addName().setFamily("Jansen").addGiven("Anna");
    p.addIdentifier().setSystem("urn:oid:2.16.840.1.113883.2.4.6.99").setValue("nr-" + id);
    p.setManagingOrganization(new Reference("Organization/org-1"));
    return p;
  }

  private static AppSession session(URI base, AccessTokens tokens) {
    PracticeIdentity practice =
        new PracticeIdentity(
            AGB,
            "Praktijk org-1",
            "Organization/org-1",
            new Practice(Set.of("Organization/org-1"), Set.of(), false));
    return new AppSession(
        "s-1",
        base,
        practice,
        "Dr. Test",
        "Practitioner/pr-1",
        tokens,
        "csrf",
        NOW.plus(Duration.ofMinutes(30)));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A session's tokens whose refresh gives a new token, which the server rejects as well. */
  private static final class RefreshingTokens implements AccessTokens {
    final AtomicReference<String> refreshed = new AtomicReference<>();
    private volatile String current = "t-old";

    @Override
    public Optional<String> current() {
      return Optional.of(current);
    }

    @Override
    public boolean refreshAfterRejection(String rejected) {
      refreshed.compareAndSet(null, rejected);
      if (rejected.equals("t-new")) {
        return false;
      }
      current = "t-new";
      return true;
    }
  }
}
