package nl.spiegelbeeld.plugin.sharing;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.Cancellation;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.PullTarget;
import nl.spiegelbeeld.plugin.pull.Sleeper;
import nl.spiegelbeeld.plugin.smart.backend.BackendServicesTokens;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code share}: measures practices without a person present (SMART Backend Services, as {@code
 * measure}) and shares each complete measurement's aggregates with the benchmark, suppressed as in
 * the app. For an operator who shares on the practices' behalf (scheduled) and for the demo, which
 * seeds the demo wijkgroep with it. Prints counts only.
 */
@Command(
    name = "share",
    description =
        "Meet praktijken via SMART Backend Services en deel hun aantallen (na onderdrukking) met de"
            + " benchmarkdienst.")
public final class ShareCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--fhir", required = true, description = "De FHIR R4-basis-URL.")
  URI fhir;

  @Option(names = "--client-id", required = true, description = "Backend Services: client-id.")
  String clientId;

  @Option(
      names = "--private-key",
      required = true,
      description = "Backend Services: privésleutel (JWK of PEM).")
  Path privateKey;

  @Option(
      names = "--practice-agb",
      required = true,
      description = "AGB-code van een praktijk; herhaal voor meer praktijken.")
  List<String> practices;

  @Option(
      names = "--peildatum",
      required = true,
      description = "Peildatum JJJJ-MM-DD; herhaal voor meer metingen (voormeting, nameting).")
  List<LocalDate> referenceDates;

  @Option(names = "--gstandaard-atc", description = "G-Standaard → ATC-tabel (CSV).")
  Path gStandaardAtc;

  @Option(
      names = "--benchmark-url",
      defaultValue = "http://localhost:8090",
      description = "De benchmarkdienst (standaard ${DEFAULT-VALUE}).")
  URI benchmarkUrl;

  @Option(
      names = "--benchmark-key",
      required = true,
      description = "Privésleutel waarmee namens de praktijken bij de benchmark gemeld wordt.")
  Path benchmarkKey;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = Clock.systemUTC();
    Catalogue catalogue = Catalogue.load();
    BenchmarkClient benchmark =
        new BenchmarkClient(
            HttpClient.newHttpClient(),
            new SharingConfig(benchmarkUrl, benchmarkUrl.toString(), Optional.of(benchmarkKey)),
            ClientKey.read(benchmarkKey),
            clock,
            FhirContext.forR4Cached());
    PracticePull pull =
        new PracticePull(
            FhirContext.forR4Cached(),
            FhirHttp.defaultClient(),
            Sleeper.real(),
            PullOptions.standard(),
            clock);
    BackendServicesTokens tokens =
        new BackendServicesTokens(
            fhir, clientId, ClientKey.read(privateKey), HttpClient.newHttpClient(), clock);
    GStandaardAtcTable atc = gStandaard();
    int failures = 0;
    for (String agb : practices) {
      for (LocalDate p : referenceDates) {
        try {
          PracticeMeasurement m =
              PracticeMeasurement.evaluate(
                  new Engine(catalogue),
                  pull.pull(
                          fhir,
                          new PullTarget(Optional.empty(), Optional.of(agb)),
                          tokens,
                          catalogue,
                          atc,
                          p,
                          (type, pages, resources, done) -> {},
                          Cancellation.never())
                      .data());
          int k = k(benchmark.groups(agb));
          SharePackage pkg =
              new ShareStep(FhirContext.forR4Cached())
                  .prepare(m, k, Optional.of(benchmark.measures(agb)));
          BenchmarkClient.SubmitResult result = benchmark.submit(agb, pkg.json());
          out.println(
              agb
                  + " peildatum "
                  + p
                  + ": "
                  + (result.accepted() ? "gedeeld" : "geweigerd (" + result.status() + ")")
                  + ", "
                  + pkg.indicators().size()
                  + " indicatoren, k = "
                  + k);
          if (!result.accepted()) {
            failures++;
            result.messages().forEach(message -> err.println("  " + message));
          }
        } catch (RuntimeException e) {
          failures++;
          // Class and the problem's own (Dutch, patient-free) message only.
          err.println(agb + " peildatum " + p + ": niet gedeeld: " + e.getMessage());
        }
        out.flush();
        err.flush();
      }
    }
    return failures == 0 ? 0 : 1;
  }

  private static int k(JsonNode groups) {
    int k = 0;
    for (JsonNode g : groups) {
      k = Math.max(k, g.path("suppressionK").asInt(ShareRoutes.DEFAULT_K));
    }
    return k == 0 ? ShareRoutes.DEFAULT_K : k;
  }

  private GStandaardAtcTable gStandaard() throws IOException {
    if (gStandaardAtc == null) {
      return GStandaardAtcTable.empty();
    }
    try (Reader reader = Files.newBufferedReader(gStandaardAtc, StandardCharsets.UTF_8)) {
      return GStandaardAtcTable.read(reader);
    }
  }
}
