package nl.spiegelbeeld.plugin.pull;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.spiegelbeeld.plugin.pull.FhirStubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pull against a stubbed FHIR R4 practice endpoint: paging, broken paging, what is pulled. */
class PracticePullTest {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Catalogue CATALOGUE = Catalogue.load();

  private WireMockServer server;
  private final List<String> progress = new ArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private URI base() {
    return URI.create(server.baseUrl() + "/fhir");
  }

  private final Cancellation cancellation = new Cancellation();

  private PracticePull.Result pull(PullTarget target) throws InterruptedException {
    RetryPolicy fast =
        new RetryPolicy(2, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));
    return new PracticePull(
            FhirContext.forR4Cached(),
            FhirHttp.defaultClient(),
            d -> {},
            PullOptions.standard().withRetry(fast),
            Clock.systemUTC())
        .pull(
            base(),
            target,
            AccessTokens.none(),
            CATALOGUE,
            GStandaardAtcTable.empty(),
            P,
            (type, pages, resources, done) ->
                progress.add(type + " " + pages + " " + resources + " " + done),
            cancellation);
  }

  /** Patients over two pages (one of another practice), one of each clinical resource. */
  private void clinicalData(boolean medicationChain) {
    FhirStubs.practice(server, medicationChain);
    String page2 = server.baseUrl() + "/fhir?_getpages=abc&_page=2";
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/Patient")),
            FhirStubs.bundle(
                List.of(
                    FhirStubs.patient("p1", "1950-03-01", FhirStubs.ORG),
                    FhirStubs.patient("p2", "1960-03-01", FhirStubs.ORG)),
                page2)));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir")).withQueryParam("_getpages", equalTo("abc")),
            FhirStubs.bundle(
                List.of(
                    FhirStubs.patient("p3", "1940-03-01", FhirStubs.ORG),
                    FhirStubs.patient("x1", "1940-03-01", "Organization/elders")),
                null)));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/Condition")),
            FhirStubs.bundle(
                List.of(FhirStubs.osteoporosis("c1", "p1"), FhirStubs.osteoporosis("c9", "x1")),
                null)));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/Observation")),
            FhirStubs.bundle(List.of(FhirStubs.egfr("o1", "p2", 40)), null)));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/MedicationRequest"))
                .withQueryParam("medication.code", absent()),
            FhirStubs.bundle(
                List.of(
                    FhirStubs.agreement("m1", "p1", "alendronate"),
                    FhirStubs.medication("alendronate", "M05BA04"),
                    FhirStubs.agreement("m2", "p3", "statin"),
                    FhirStubs.medication("statin", "C10AA01")),
                null)));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/MedicationRequest"))
                .withQueryParam("medication.code", containing("M05BA04")),
            FhirStubs.bundle(
                List.of(
                    FhirStubs.agreement("m1", "p1", "alendronate"),
                    FhirStubs.medication("alendronate", "M05BA04")),
                null)));
  }

  @Test
  void next_links_are_followed_and_only_the_practice_patients_are_kept() throws Exception {
    clinicalData(true);
    PracticeData data = pull(PullTarget.agb(FhirStubs.AGB)).data();
    assertThat(data.practice().agb()).isEqualTo(FhirStubs.AGB);
    assertThat(data.patients()).extracting(p -> p.patient().id()).containsExactly("p1", "p2", "p3");
    assertThat(data.labels().get("p1").name()).isEqualTo("A. Jansen");
    assertThat(data.labels().get("p1").hisNumber()).isEqualTo("nr-p1");
    var p1 = data.patients().get(0);
    assertThat(p1.problems()).hasSize(1);
    assertThat(p1.agreements()).extracting(a -> a.atc()).containsExactly("M05BA04");
    assertThat(data.patients().get(1).labs()).hasSize(1);
    assertThat(progress).contains("Patient 1 2 false", "Patient 2 4 true");
  }

  @Test
  void the_searches_ask_for_elements_codes_revincludes_and_a_medication_window() throws Exception {
    clinicalData(true);
    pull(PullTarget.agb(FhirStubs.AGB));
    server.verify(
        getRequestedFor(urlPathEqualTo("/fhir/Patient"))
            .withQueryParam("_elements", containing("birthDate"))
            .withQueryParam("_count", equalTo("1000")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/fhir/Condition"))
            .withQueryParam("code", containing("icpc-1-nl|L95"))
            .withQueryParam("_revinclude", equalTo("EpisodeOfCare:condition")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/fhir/MedicationRequest"))
            .withQueryParam("authoredon", equalTo("ge2011-11-23"))
            .withQueryParam("_include", equalTo("MedicationRequest:medication")));
  }

  @Test
  void without_a_medication_code_search_the_wider_pull_gives_the_same_facts() throws Exception {
    clinicalData(true);
    PracticePull.Result narrow = pull(PullTarget.agb(FhirStubs.AGB));
    server.resetAll();
    clinicalData(false);
    PracticePull.Result wide = pull(PullTarget.agb(FhirStubs.AGB));
    assertThat(narrow.plan().medicationNarrowed()).isTrue();
    assertThat(wide.plan().medicationNarrowed()).isFalse();
    assertThat(relevantAgreements(wide.data())).isEqualTo(relevantAgreements(narrow.data()));
    assertThat(wide.stats().byType().get("MedicationRequest").resources())
        .isGreaterThan(narrow.stats().byType().get("MedicationRequest").resources());
  }

  private static Set<String> relevantAgreements(PracticeData data) {
    var terminology = CATALOGUE.terminology();
    return data.patients().stream()
        .flatMap(p -> p.agreements().stream())
        .filter(a -> terminology.classMask(a.atc()) != 0)
        .map(a -> a.patientId() + ":" + a.atc())
        .collect(Collectors.toSet());
  }

  @Test
  void a_next_link_to_another_server_makes_the_pull_incomplete() {
    clinicalData(true);
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/Observation")),
            FhirStubs.bundle(
                List.of(FhirStubs.egfr("o1", "p2", 40)), "https://elders.example/fhir?page=2")));
    assertThatThrownBy(() -> pull(PullTarget.agb(FhirStubs.AGB)))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("labuitslagen (Observation)")
        .hasMessageContaining("andere server")
        .hasMessageContaining("1 pagina, 1 gegevens");
  }

  @Test
  void a_next_link_loop_makes_the_pull_incomplete() {
    clinicalData(true);
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/Observation")),
            FhirStubs.bundle(
                List.of(FhirStubs.egfr("o1", "p2", 40)),
                server.baseUrl() + "/fhir/Observation?page=again")));
    assertThatThrownBy(() -> pull(PullTarget.agb(FhirStubs.AGB)))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("kring");
    assertThat(cancellation.isCancelled()).as("the caller's cancellation is left alone").isFalse();
  }

  @Test
  void a_cancelled_pull_ends_incomplete() {
    clinicalData(true);
    cancellation.cancel();
    assertThatThrownBy(() -> pull(PullTarget.agb(FhirStubs.AGB)))
        .isInstanceOf(PullIncomplete.class)
        .hasMessage("Het ophalen is afgebroken.");
  }

  @Test
  void a_page_that_does_not_parse_makes_the_pull_incomplete() {
    clinicalData(true);
    server.stubFor(json(get(urlPathEqualTo("/fhir/Observation")), "{\"resourceType\":\"Bund"));
    assertThatThrownBy(() -> pull(PullTarget.agb(FhirStubs.AGB)))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("geen leesbare FHIR-bundel");
  }

  @Test
  void a_stu3_server_is_refused_in_dutch() {
    server.stubFor(
        json(get(urlPathEqualTo("/fhir/metadata")), FhirStubs.capabilityStatement("3.0.2", true)));
    assertThatThrownBy(() -> pull(PullTarget.agb(FhirStubs.AGB)))
        .isInstanceOf(EndpointRefused.class)
        .hasMessageContaining("STU3")
        .hasMessageContaining("alleen met FHIR R4");
  }

  @Test
  void an_unknown_agb_code_is_not_resolved() {
    clinicalData(true);
    assertThatThrownBy(() -> pull(PullTarget.agb("99999999")))
        .isInstanceOf(PracticeNotResolved.class)
        .hasMessageContaining("geen praktijk met AGB-code 99999999");
  }

  @Test
  void a_single_practice_endpoint_needs_no_agb_code() throws Exception {
    clinicalData(true);
    PracticeData data = pull(PullTarget.onlyPractice()).data();
    assertThat(data.practice().population().wholeEndpoint()).isTrue();
    assertThat(data.patients()).hasSize(4);
  }

  @Test
  void the_practice_of_the_fhir_user_is_found_through_its_practitioner_role() throws Exception {
    clinicalData(true);
    org.hl7.fhir.r4.model.PractitionerRole role = new org.hl7.fhir.r4.model.PractitionerRole();
    role.setId("role-1");
    role.setPractitioner(new org.hl7.fhir.r4.model.Reference("Practitioner/dr-1"));
    role.setOrganization(new org.hl7.fhir.r4.model.Reference(FhirStubs.ORG));
    server.stubFor(
        json(
            get(urlPathEqualTo("/fhir/PractitionerRole"))
                .withQueryParam("practitioner", equalTo("Practitioner/dr-1")),
            FhirStubs.bundle(List.of(role, FhirStubs.organization()), null)));
    PracticeData data = pull(PullTarget.user(server.baseUrl() + "/fhir/Practitioner/dr-1")).data();
    assertThat(data.practice().agb()).isEqualTo(FhirStubs.AGB);
    assertThat(data.practice().organization()).isEqualTo(FhirStubs.ORG);
    assertThat(data.patients()).hasSize(3);
  }
}
