package nl.spiegelbeeld.plugin.measure;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.spiegelbeeld.fixtures.practice.DemoWijkgroep;
import nl.spiegelbeeld.fixtures.sandbox.DemoData;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.auth.RegisteredClient;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.plugin.SpiegelbeeldCommand;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.fhir.MeasureReportExport;
import nl.spiegelbeeld.plugin.indicator.fhir.Reporter;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code measure} against the real sandbox (in-process) holding a small multi-practice wijkgroep,
 * authorised with SMART Backend Services: its counts equal the engine's on the generator's bundle
 * files for the same practice, and the other practices' patients are not counted.
 */
class MeasureIT {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final String CLIENT = "metingen";

  @TempDir static Path temp;
  private static Path data;
  private static Path key;
  private static Javalin sandbox;
  private static SandboxUrls urls;

  @BeforeAll
  static void start() throws Exception {
    data = DemoData.ensure(temp.resolve("cache"), 7, P, 0.06, true, 2);
    FhirContext fhir = FhirContext.forR4Cached();
    SandboxStore store = SandboxStore.load(fhir, List.of(data));
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("k1").generate();
    key = temp.resolve("client-key.json");
    Files.writeString(key, rsa.toJSONString());
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
  void measure_equals_the_engine_on_the_bundle_files_and_counts_no_other_practice()
      throws Exception {
    String agb = DemoWijkgroep.practices().get(1).agb();
    Path out = temp.resolve("out");
    StringWriter stdout = new StringWriter();
    int exit =
        run(
            stdout,
            "--fhir",
            urls.fhirBase(),
            "--client-id",
            CLIENT,
            "--private-key",
            key.toString(),
            "--practice-agb",
            agb,
            "--peildatum",
            P.toString(),
            "--module",
            "osteoporose,nierfunctie",
            "--gstandaard-atc",
            data.resolve("gstandaard-atc.csv").toString(),
            "--out",
            out.toString(),
            "--worklists");
    assertThat(exit).as(stdout.toString()).isZero();

    Catalogue catalogue = Catalogue.load();
    Evaluation expected =
        BundleFiles.evaluate(data.resolve(agb), data.resolve("gstandaard-atc.csv"), catalogue, P);
    assertThat(expected.population()).isGreaterThan(100);
    JsonNode quality =
        new ObjectMapper().readTree(out.resolve("registratiekwaliteit.json").toFile());
    // Only this practice's patients: the endpoint holds six practices.
    assertThat(quality.path("populatie").asInt()).isEqualTo(expected.population());
    assertThat(quality.path("opgehaald").path("Patient").path("gegevens").asLong())
        .isGreaterThan(2L * expected.population());
    int nonZero = 0;
    for (IndicatorResult result : expected.indicators()) {
      MeasureReport want =
          MeasureReportExport.summary(result, expected, new Reporter(agb, "x"), new Date(), false);
      MeasureReport got =
          FhirContext.forR4Cached()
              .newJsonParser()
              .parseResource(
                  MeasureReport.class,
                  Files.readString(out.resolve("measurereport-" + result.id() + ".json")));
      assertThat(counts(got)).as(result.id()).isEqualTo(counts(want));
      nonZero += (int) counts(want).values().stream().filter(c -> c > 0).count();
    }
    assertThat(nonZero).as("counts compared that are not zero").isGreaterThan(50);
    assertThat(out.resolve("worklist-OST-07.csv")).exists();
    assertThat(stdout.toString()).contains("peildatum " + P).contains("OST-01");
  }

  @Test
  void without_an_agb_code_a_multi_practice_endpoint_is_ambiguous_and_nothing_is_written()
      throws Exception {
    Path out = temp.resolve("ambiguous");
    StringWriter stdout = new StringWriter();
    int exit =
        run(
            stdout,
            "--fhir",
            urls.fhirBase(),
            "--client-id",
            CLIENT,
            "--private-key",
            key.toString(),
            "--peildatum",
            P.toString(),
            "--module",
            "osteoporose",
            "--out",
            out.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(stdout.toString()).contains("--practice-agb");
    assertThat(out).doesNotExist();
  }

  private static int run(StringWriter output, String... args) {
    CommandLine cli = new CommandLine(new SpiegelbeeldCommand(Map.of()));
    PrintWriter writer = new PrintWriter(output, true);
    cli.setOut(writer);
    cli.setErr(writer);
    String[] all = new String[args.length + 1];
    all[0] = "measure";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  /** Every count of a summary report: per group and population, and per stratum. */
  static Map<String, Integer> counts(MeasureReport report) {
    Map<String, Integer> out = new TreeMap<>();
    for (var g : report.getGroup()) {
      String group = g.getCode().getCodingFirstRep().getCode();
      for (var p : g.getPopulation()) {
        out.put(group + "/" + p.getCode().getCodingFirstRep().getCode(), p.getCount());
      }
      for (var s : g.getStratifier()) {
        String st = s.getCodeFirstRep().getCodingFirstRep().getCode();
        for (var stratum : s.getStratum()) {
          for (var p : stratum.getPopulation()) {
            out.put(
                group
                    + "/"
                    + st
                    + "="
                    + stratum.getValue().getCodingFirstRep().getCode()
                    + "/"
                    + p.getCode().getCodingFirstRep().getCode(),
                p.getCount());
          }
        }
      }
    }
    return out;
  }
}
