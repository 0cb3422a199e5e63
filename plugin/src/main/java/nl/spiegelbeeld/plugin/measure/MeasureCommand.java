package nl.spiegelbeeld.plugin.measure;

import ca.uhn.fhir.context.FhirContext;
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
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.codes.InvalidCodeTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.Cancellation;
import nl.spiegelbeeld.plugin.pull.EndpointRefused;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.FhirServerUnavailable;
import nl.spiegelbeeld.plugin.pull.PracticeNotResolved;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullIncomplete;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.PullTarget;
import nl.spiegelbeeld.plugin.pull.RetryPolicy;
import nl.spiegelbeeld.plugin.pull.Sleeper;
import nl.spiegelbeeld.plugin.smart.backend.BackendAuthorizationFailed;
import nl.spiegelbeeld.plugin.smart.backend.BackendServicesTokens;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code measure}: one practice's indicators from its FHIR R4 endpoint, without a person present
 * (docs/measure.md). Pulls what the chosen modules need, evaluates on the peildatum and writes the
 * summary MeasureReports, the registration-quality counts and, with {@code --worklists}, the
 * patient-level worklists. Exit codes: 0 done, 2 bad arguments or the practice cannot be
 * determined, 3 the endpoint cannot be reached or the pull is incomplete (nothing written then).
 */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = "Meet de indicatoren van één praktijk vanaf haar FHIR R4-server.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:meting geschreven",
      "2:ongeldige argumenten, of de praktijk is niet te bepalen",
      "3:FHIR-server onbereikbaar of onbruikbaar, of ophalen onvolledig (niets geschreven)"
    })
public final class MeasureCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int BAD_ARGUMENTS = 2;
  static final int INCOMPLETE = 3;

  @Spec CommandSpec spec;

  @Option(names = "--fhir", required = true, description = "De FHIR R4-basis-URL.")
  URI fhir;

  @Option(names = "--bearer-token", description = "Een toegangstoken (anders Backend Services).")
  String bearerToken;

  @Option(names = "--client-id", description = "SMART Backend Services: de client-id.")
  String clientId;

  @Option(
      names = "--private-key",
      description = "SMART Backend Services: privésleutel (JWK of PEM; RS384 of ES384).")
  Path privateKey;

  @Option(names = "--practice-agb", description = "AGB-code van de praktijk (8 cijfers).")
  String practiceAgb;

  @Option(names = "--peildatum", required = true, description = "Peildatum, JJJJ-MM-DD.")
  String peildatum;

  @Option(
      names = "--module",
      required = true,
      split = ",",
      description = "Modules, bijv. osteoporose,nierfunctie.")
  List<String> modules;

  @Option(names = "--out", required = true, description = "Map voor de uitvoerbestanden.")
  Path out;

  @Option(names = "--worklists", description = "Ook werklijsten per patiënt (alleen lokaal!).")
  boolean worklists;

  @Option(names = "--gstandaard-atc", description = "G-Standaard → ATC-tabel (CSV).")
  Path gStandaardAtc;

  @Option(
      names = "--bulk",
      description =
          "Via FHIR Bulk Data $export in plaats van zoekvragen (de server moet $export bieden).")
  boolean bulk;

  @Option(names = "--parallel", defaultValue = "4", description = "Zoekvragen tegelijk.")
  int parallel;

  @Option(names = "--page-size", defaultValue = "1000", description = "Gevraagde _count.")
  int pageSize;

  @Option(
      names = "--retries",
      defaultValue = "5",
      description = "Pogingen per verzoek bij tijdelijke fouten (503, 429, time-out).")
  int retries;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Inputs inputs;
    try {
      inputs = inputs();
    } catch (IllegalArgumentException e) {
      err.println("Fout: " + e.getMessage());
      return BAD_ARGUMENTS;
    }
    try {
      PracticePull.Result result =
          new PracticePull(
                  FhirContext.forR4Cached(),
                  FhirHttp.defaultClient(),
                  Sleeper.real(),
                  options(),
                  Clock.systemUTC())
              .pull(
                  fhir,
                  inputs.target(),
                  inputs.tokens(),
                  inputs.catalogue(),
                  inputs.gStandaard(),
                  inputs.referenceDate(),
                  (type, pages, resources, done) -> {},
                  Cancellation.never());
      PracticeMeasurement measurement =
          PracticeMeasurement.evaluate(new Engine(inputs.catalogue()), result.data());
      List<String> written =
          MeasurementFiles.write(
              out, measurement, result.stats(), worklists, FhirContext.forR4Cached(), new Date());
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(SummaryText.of(measurement));
      stdout.println("Geschreven in " + out + ": " + String.join(", ", written));
      stdout.flush();
      return OK;
    } catch (PracticeNotResolved e) {
      err.println("Fout: " + e.getMessage());
      return BAD_ARGUMENTS;
    } catch (BackendAuthorizationFailed e) {
      err.println("Fout bij het verkrijgen van toegang: " + e.getMessage());
      return e.rejected() ? BAD_ARGUMENTS : INCOMPLETE;
    } catch (FhirServerUnavailable | EndpointRefused | PullIncomplete e) {
      err.println("Fout: " + e.getMessage());
      err.println("Er is niets geschreven.");
      return INCOMPLETE;
    } catch (IOException e) {
      err.println("Fout bij het schrijven naar " + out + ": " + e.getMessage());
      return INCOMPLETE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Afgebroken; er is niets geschreven.");
      return INCOMPLETE;
    } catch (RuntimeException e) {
      // Unexpected: say what kind, not the message (it might quote data), and write nothing.
      err.println(
          "Fout: onverwachte fout ("
              + e.getClass().getSimpleName()
              + ") tijdens het ophalen of rekenen; er is niets geschreven. Meld dit aan de"
              + " beheerder van Spiegelbeeld.");
      return INCOMPLETE;
    }
  }

  private PullOptions options() {
    RetryPolicy standard = RetryPolicy.standard();
    return PullOptions.standard()
        .withMode(bulk ? PullOptions.Mode.BULK : PullOptions.Mode.SEARCH)
        .withParallelism(parallel)
        .withPageSize(pageSize)
        .withRetry(
            new RetryPolicy(
                retries,
                standard.baseDelay(),
                standard.maxDelay(),
                standard.maxRetryAfter(),
                standard.requestTimeout()));
  }

  private record Inputs(
      PullTarget target,
      AccessTokens tokens,
      Catalogue catalogue,
      GStandaardAtcTable gStandaard,
      LocalDate referenceDate) {}

  private Inputs inputs() {
    LocalDate p;
    try {
      p = LocalDate.parse(peildatum);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--peildatum " + peildatum + " is geen datum; schrijf JJJJ-MM-DD.", e);
    }
    if (!"http".equals(fhir.getScheme()) && !"https".equals(fhir.getScheme())) {
      throw new IllegalArgumentException("--fhir moet een http(s)-adres zijn.");
    }
    if (retries < 1 || parallel < 1 || pageSize < 1) {
      throw new IllegalArgumentException("--retries, --parallel en --page-size zijn minstens 1.");
    }
    Catalogue catalogue;
    try {
      catalogue = Catalogue.load().only(modules);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--module: " + e.getMessage(), e);
    }
    PullTarget target;
    try {
      target = new PullTarget(Optional.empty(), Optional.ofNullable(practiceAgb));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--practice-agb: " + e.getMessage(), e);
    }
    return new Inputs(target, tokens(), catalogue, gStandaard(), p);
  }

  private AccessTokens tokens() {
    boolean backend = clientId != null || privateKey != null;
    if (bearerToken != null && backend) {
      throw new IllegalArgumentException(
          "geef --bearer-token óf --client-id met --private-key, niet beide.");
    }
    if (bearerToken != null) {
      return AccessTokens.fixed(bearerToken);
    }
    if (!backend) {
      return AccessTokens.none();
    }
    if (clientId == null || privateKey == null) {
      throw new IllegalArgumentException("--client-id en --private-key horen samen.");
    }
    ClientKey key;
    try {
      key = ClientKey.read(privateKey);
    } catch (IOException e) {
      throw new IllegalArgumentException("--private-key " + privateKey + " is niet leesbaar.", e);
    }
    return new BackendServicesTokens(
        fhir, clientId, key, HttpClient.newHttpClient(), Clock.systemUTC());
  }

  private GStandaardAtcTable gStandaard() {
    if (gStandaardAtc == null) {
      return GStandaardAtcTable.empty();
    }
    try (Reader reader = Files.newBufferedReader(gStandaardAtc, StandardCharsets.UTF_8)) {
      return GStandaardAtcTable.read(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--gstandaard-atc " + gStandaardAtc + " is niet leesbaar.", e);
    } catch (InvalidCodeTable e) {
      throw new IllegalArgumentException("--gstandaard-atc: " + e.getMessage(), e);
    }
  }
}
