package nl.spiegelbeeld.plugin.pull;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pull by Bulk Data {@code $export} against a stubbed server: kick-off, polling with {@code
 * Retry-After} (capped), the manifest and its NDJSON files with the token, the same facts as the
 * searches, and every way an export can end short: an error manifest, a failed kick-off, a
 * cancellation (the export is deleted on the server), a server without {@code $export}.
 */
class BulkExportTest {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final FhirContext FHIR = FhirContext.forR4Cached();
  private static final String STATUS = "/bulk/status/job-1";

  private WireMockServer server;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Cancellation cancellation = new Cancellation();
  private Sleeper sleeper = waits::add;

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private PracticePull.Result pull(PullOptions.Mode mode) throws InterruptedException {
    RetryPolicy fast =
        new RetryPolicy(
            2, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5));
    return new PracticePull(
            FHIR,
            FhirHttp.defaultClient(),
            sleeper,
            PullOptions.standard().withRetry(fast).withMode(mode).withBulkThreshold(3),
            Clock.systemUTC())
        .pull(
            URI.create(server.baseUrl() + "/fhir"),
            PullTarget.agb(FhirStubs.AGB),
            AccessTokens.fixed("token-1"),
            CATALOGUE,
            GStandaardAtcTable.empty(),
            P,
            PullListener.none(),
            cancellation);
  }

  /** Metadata with system-level $export, the practice, and the same data for search and export. */
  private void endpoint(boolean export) {
    FhirStubs.practice(server, true);
    String cs = FhirStubs.capabilityStatement("4.0.1", true);
    if (export) {
      cs =
          cs.replace(
              "\"rest\":[{\"mode\":\"server\",",
              "\"rest\":[{\"mode\":\"server\",\"operation\":[{\"name\":\"export\",\"definition\":"
                  + "\"http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export\"}],");
    }
    server.stubFor(json(get(urlPathEqualTo("/fhir/metadata")), cs).atPriority(1));
    // Searches, as PracticePullTest's practice.
    server.stubFor(json(get(urlPathEqualTo("/fhir/Patient")), FhirStubs.bundle(patients(), null)));
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
            get(urlPathEqualTo("/fhir/MedicationRequest")),
            FhirStubs.bundle(
                List.of(
                    FhirStubs.agreement("m1", "p1", "alendronate"),
                    FhirStubs.medication("alendronate", "M05BA04")),
                null)));
  }

  private static List<Resource> patients() {
    return List.of(
        FhirStubs.patient("p1", "1950-03-01", FhirStubs.ORG),
        FhirStubs.patient("p2", "1960-03-01", FhirStubs.ORG),
        FhirStubs.patient("x1", "1940-03-01", "Organization/elders"));
  }

  /** The export: all of the endpoint, more than the searches return (other codes, old orders). */
  private void exportFiles(boolean requiresToken) {
    file("Patient", patients());
    file(
        "Condition",
        List.of(
            FhirStubs.osteoporosis("c1", "p1"),
            FhirStubs.osteoporosis("c9", "x1"),
            condition("c2", "p2", "K86")));
    file("Observation", List.of(FhirStubs.egfr("o1", "p2", 40), otherLab("o2", "p1")));
    var old = FhirStubs.agreement("m0", "p2", "alendronate");
    old.setAuthoredOnElement(new DateTimeType("2001-01-01"));
    file(
        "MedicationRequest",
        List.of(
            FhirStubs.agreement("m1", "p1", "alendronate"),
            FhirStubs.agreement("m2", "p2", "statin"),
            old));
    file(
        "Medication",
        List.of(
            FhirStubs.medication("alendronate", "M05BA04"),
            FhirStubs.medication("statin", "C10AA01")));
    server.stubFor(
        get(urlPathEqualTo(STATUS))
            .inScenario("export")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Retry-After", "3600")
                    .withHeader("X-Progress", "1 of 5"))
            .willSetStateTo("done"));
    server.stubFor(
        get(urlPathEqualTo(STATUS))
            .inScenario("export")
            .whenScenarioStateIs("done")
            .willReturn(aResponse().withStatus(200).withBody(manifest(requiresToken, ""))));
  }

  private void kickOff() {
    server.stubFor(
        get(urlPathEqualTo("/fhir/$export"))
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Location", server.baseUrl() + STATUS)));
    server.stubFor(delete(urlPathEqualTo(STATUS)).willReturn(aResponse().withStatus(202)));
  }

  private String manifest(boolean requiresToken, String errors) {
    String files =
        List.of("Patient", "Condition", "Observation", "MedicationRequest", "Medication").stream()
            .map(
                t ->
                    "{\"type\":\""
                        + t
                        + "\",\"url\":\""
                        + server.baseUrl()
                        + "/bulk/files/job-1/"
                        + t
                        + ".ndjson\"}")
            .collect(Collectors.joining(","));
    return "{\"transactionTime\":\"2026-11-23T10:00:00Z\",\"request\":\"x\",\"requiresAccessToken\":"
        + requiresToken
        + ",\"output\":["
        + files
        + "],\"error\":["
        + errors
        + "]}";
  }

  private void file(String type, List<? extends Resource> resources) {
    String ndjson =
        resources.stream()
            .map(r -> FHIR.newJsonParser().encodeResourceToString(r))
            .collect(Collectors.joining("\n", "", "\n"));
    server.stubFor(
        get(urlPathEqualTo("/bulk/files/job-1/" + type + ".ndjson"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/fhir+ndjson")
                    .withBody(ndjson)));
  }

  private static org.hl7.fhir.r4.model.Condition condition(String id, String patient, String icpc) {
    var c = FhirStubs.osteoporosis(id, patient);
    c.setCode(new CodeableConcept(new Coding(CodeSystems.ICPC_1_NL, icpc, null)));
    return c;
  }

  private static Observation otherLab(String id, String patient) {
    Observation o = FhirStubs.egfr(id, patient, 5);
    o.setCode(new CodeableConcept(new Coding(CodeSystems.NHG_TABEL_45, "9999", null)));
    o.setValue(new Quantity().setValue(BigDecimal.ONE));
    o.setSubject(new Reference("Patient/" + patient));
    return o;
  }

  @Test
  void the_export_is_polled_downloaded_with_the_token_and_gives_the_search_facts()
      throws Exception {
    endpoint(true);
    kickOff();
    exportFiles(true);

    PracticeData bulk = pull(PullOptions.Mode.BULK).data();
    PracticeData search = pull(PullOptions.Mode.SEARCH).data();

    assertThat(bulk.patients()).extracting(p -> p.patient().id()).containsExactly("p1", "p2");
    assertThat(facts(bulk)).isEqualTo(facts(search));
    assertThat(bulk.patients().get(0).agreements())
        .extracting(a -> a.atc())
        .containsExactly("M05BA04");
    server.verify(
        getRequestedFor(urlPathEqualTo("/fhir/$export"))
            .withHeader("Prefer", equalTo("respond-async"))
            .withHeader("Authorization", equalTo("Bearer token-1"))
            .withQueryParam(
                "_type", containing("Patient,Condition,Observation,MedicationRequest")));
    server.verify(
        getRequestedFor(urlPathEqualTo("/bulk/files/job-1/Observation.ndjson"))
            .withHeader("Authorization", equalTo("Bearer token-1")));
    server.verify(deleteRequestedFor(urlPathEqualTo(STATUS)));
    // Retry-After 3600 is capped to the policy's two seconds, waited in slices.
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void files_that_need_no_token_get_none() throws Exception {
    endpoint(true);
    kickOff();
    exportFiles(false);

    pull(PullOptions.Mode.BULK);

    server.verify(
        getRequestedFor(urlPathEqualTo("/bulk/files/job-1/Patient.ndjson"))
            .withoutHeader("Authorization"));
  }

  @Test
  void an_error_in_the_manifest_makes_the_pull_incomplete() {
    endpoint(true);
    kickOff();
    exportFiles(true);
    OperationOutcome oo = new OperationOutcome();
    oo.addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.EXCEPTION)
        .setDiagnostics("Observation export failed");
    server.stubFor(
        get(urlPathEqualTo("/bulk/files/job-1/errors.ndjson"))
            .willReturn(aResponse().withBody(FHIR.newJsonParser().encodeResourceToString(oo))));
    server.stubFor(
        get(urlPathEqualTo(STATUS))
            .inScenario("export")
            .whenScenarioStateIs("done")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(
                        manifest(
                            true,
                            "{\"type\":\"OperationOutcome\",\"url\":\""
                                + server.baseUrl()
                                + "/bulk/files/job-1/errors.ndjson\"}"))));

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("de server meldde 1 fout bij de export");
    server.verify(deleteRequestedFor(urlPathEqualTo(STATUS)));
  }

  @Test
  void a_failed_export_on_the_server_makes_the_pull_incomplete() {
    endpoint(true);
    kickOff();
    server.stubFor(
        get(urlPathEqualTo(STATUS))
            .willReturn(
                aResponse().withStatus(500).withBody("{\"resourceType\":\"OperationOutcome\"}")));

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("de export mislukte op de server")
        .hasMessageContaining("500");
  }

  @Test
  void a_refused_kick_off_makes_the_pull_incomplete() {
    endpoint(true);
    server.stubFor(get(urlPathEqualTo("/fhir/$export")).willReturn(aResponse().withStatus(400)));

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("de server begon de export niet")
        .hasMessageContaining("400");
  }

  @Test
  void cancelling_while_polling_deletes_the_export() {
    endpoint(true);
    kickOff();
    server.stubFor(
        get(urlPathEqualTo(STATUS))
            .willReturn(aResponse().withStatus(202).withHeader("Retry-After", "1")));
    sleeper =
        d -> {
          waits.add(d);
          cancellation.cancel();
        };

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(PullIncomplete.class)
        .hasMessage("Het ophalen is afgebroken.");
    server.verify(deleteRequestedFor(urlPathEqualTo(STATUS)));
    server.verify(0, getRequestedFor(urlPathEqualTo("/bulk/files/job-1/Patient.ndjson")));
  }

  @Test
  void a_status_url_on_another_server_gets_no_token() {
    endpoint(true);
    server.stubFor(
        get(urlPathEqualTo("/fhir/$export"))
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Location", "https://elders.example/status/1")));

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(PullIncomplete.class)
        .hasMessageContaining("andere server");
  }

  @Test
  void bulk_on_a_server_without_export_is_refused() {
    endpoint(false);

    assertThatThrownBy(() -> pull(PullOptions.Mode.BULK))
        .isInstanceOf(EndpointRefused.class)
        .hasMessageContaining("geen Bulk Data-export");
  }

  @Test
  void auto_uses_the_export_only_from_the_threshold() throws Exception {
    endpoint(true);
    kickOff();
    exportFiles(true);
    server.stubFor(
        json(
                get(urlPathEqualTo("/fhir/Patient")).withQueryParam("_summary", equalTo("count")),
                "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":2}")
            .atPriority(1));

    pull(PullOptions.Mode.AUTO);
    server.verify(0, getRequestedFor(urlPathEqualTo("/fhir/$export")));

    server.stubFor(
        json(
                get(urlPathEqualTo("/fhir/Patient")).withQueryParam("_summary", equalTo("count")),
                "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":3}")
            .atPriority(1));
    pull(PullOptions.Mode.AUTO);
    server.verify(1, getRequestedFor(urlPathEqualTo("/fhir/$export")));
  }

  /** Every fact of every patient, in a comparable form. */
  private static List<String> facts(PracticeData data) {
    return data.patients().stream()
        .map(
            p ->
                p.patient().id()
                    + " problems="
                    + p.problems()
                    + " agreements="
                    + p.agreements()
                    + " labs="
                    + p.labs()
                    + " registration="
                    + p.registrationProblems())
        .toList();
  }
}
