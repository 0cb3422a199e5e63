package nl.spiegelbeeld.plugin.pull;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.fixtures.practice.DemoWijkgroep;
import nl.spiegelbeeld.fixtures.sandbox.DemoData;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.auth.RegisteredClient;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.smart.backend.BackendServicesTokens;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk Data {@code $export} against the real sandbox (in-process) holding a six-practice wijkgroep:
 * the sandbox exports the whole endpoint, the pull keeps one practice, and its facts and evaluation
 * equal those of the searches for the same practice and peildatum.
 */
class BulkExportIT {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final String CLIENT = "metingen";

  @TempDir static Path temp;
  private static Path data;
  private static ClientKey key;
  private static Javalin sandbox;
  private static SandboxUrls urls;

  @BeforeAll
  static void start() throws Exception {
    data = DemoData.ensure(temp.resolve("cache"), 7, P, 0.06, true, 2);
    FhirContext fhir = FhirContext.forR4Cached();
    SandboxStore store = SandboxStore.load(fhir, List.of(data));
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("k1").generate();
    Path keyFile = temp.resolve("client-key.json");
    Files.writeString(keyFile, rsa.toJSONString());
    key = ClientKey.read(keyFile);
    ClientRegistry clients =
        new ClientRegistry(
            List.of(
                RegisteredClient.asymmetric(
                    CLIENT,
                    new JWKSet(rsa.toPublicJWK()),
                    List.of(),
                    List.of("system/*.rs"),
                    true)));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    urls = new SandboxUrls("http://localhost:" + port);
    sandbox =
        SandboxApp.create(
                "127.0.0.1",
                port,
                new SandboxApp.Parts(
                    urls,
                    fhir,
                    store,
                    clients,
                    new Faults(1),
                    Clock.systemUTC(),
                    "http://localhost:1/launch"))
            .start();
  }

  @AfterAll
  static void stop() {
    sandbox.stop();
  }

  @Test
  void bulk_and_search_give_the_same_facts_and_evaluation_for_one_practice() throws Exception {
    String agb = DemoWijkgroep.practices().get(1).agb();
    Catalogue catalogue = Catalogue.load();
    GStandaardAtcTable gStandaard;
    try (var csv = Files.newBufferedReader(data.resolve("gstandaard-atc.csv"))) {
      gStandaard = GStandaardAtcTable.read(csv);
    }

    PracticePull.Result search = pull(PullOptions.Mode.SEARCH, agb, catalogue, gStandaard);
    PracticePull.Result bulk = pull(PullOptions.Mode.BULK, agb, catalogue, gStandaard);

    PracticeData s = search.data();
    PracticeData b = bulk.data();
    assertThat(b.patients()).hasSizeGreaterThan(100);
    // The export held every practice's patients; only this practice's are kept.
    assertThat(bulk.stats().byType().get("Patient").resources())
        .isGreaterThan(2L * b.patients().size());
    assertThat(bulk.stats().byType()).containsKey("$export");
    assertThat(search.stats().byType()).doesNotContainKey("$export");
    // Parallel searches deliver a patient's facts in any order: compare them sorted.
    assertThat(sorted(b)).isEqualTo(sorted(s));
    assertThat(b.labels()).isEqualTo(s.labels());
    assertThat(b.unattributed()).isEqualTo(s.unattributed());
    long facts =
        b.patients().stream()
            .mapToLong(p -> p.problems().size() + p.agreements().size() + p.labs().size())
            .sum();
    assertThat(facts).as("facts compared").isGreaterThan(200);

    Engine engine = new Engine(catalogue);
    Evaluation viaSearch = PracticeMeasurement.evaluate(engine, s).evaluation();
    Evaluation viaBulk = PracticeMeasurement.evaluate(engine, b).evaluation();
    assertThat(viaBulk.population()).isGreaterThan(100);
    assertThat(viaBulk).usingRecursiveComparison().isEqualTo(viaSearch);
  }

  private static List<String> sorted(PracticeData data) {
    return data.patients().stream()
        .map(
            p ->
                p.patient()
                    + " "
                    + p.problems().stream().map(Object::toString).sorted().toList()
                    + " "
                    + p.agreements().stream().map(Object::toString).sorted().toList()
                    + " "
                    + p.labs().stream().map(Object::toString).sorted().toList()
                    + " "
                    + p.registrationProblems().stream().map(Object::toString).sorted().toList())
        .toList();
  }

  private PracticePull.Result pull(
      PullOptions.Mode mode, String agb, Catalogue catalogue, GStandaardAtcTable gStandaard)
      throws InterruptedException {
    URI base = URI.create(urls.fhirBase());
    return new PracticePull(
            FhirContext.forR4Cached(),
            FhirHttp.defaultClient(),
            Sleeper.real(),
            PullOptions.standard().withMode(mode),
            Clock.systemUTC())
        .pull(
            base,
            PullTarget.agb(agb),
            new BackendServicesTokens(
                base, CLIENT, key, FhirHttp.defaultClient(), Clock.systemUTC()),
            catalogue,
            gStandaard,
            P,
            PullListener.none(),
            Cancellation.never());
  }
}
