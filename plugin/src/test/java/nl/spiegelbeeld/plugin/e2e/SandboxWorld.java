package nl.spiegelbeeld.plugin.e2e;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import nl.spiegelbeeld.plugin.SpiegelbeeldCommand;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.config.MeasurementConfig;
import nl.spiegelbeeld.plugin.measurement.PullLoader;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.testing.Browser;
import nl.spiegelbeeld.plugin.testing.TestConfigs;
import org.hl7.fhir.r4.model.MeasureReport;
import picocli.CommandLine;

/**
 * The sandbox EHR (HIS page, SMART authorization server, FHIR server) with a small generated
 * wijkgroep, and the real app beside it, wired as {@code ServeCommand} wires production: the launch
 * resolves the practice with the pull's resolver, measurements run through {@link PullLoader} over
 * a {@link PracticePull}, with the generator's G-Standaard table.
 */
final class SandboxWorld implements AutoCloseable {

  /** Shared by the e2e classes: generated once per day into target/, reused by the next class. */
  private static final Path DATA_CACHE = Path.of("target", "e2e-data");

  /** A few thousand patients over six practices. */
  private static final double SCALE = 0.1;

  private static final String MEASURE_CLIENT = "metingen";
  private static final List<String> SCOPES =
      List.of("launch", "openid", "fhirUser", "online_access", "offline_access", "user/*.rs");

  private static final Pattern HIS_CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern FIELDSET =
      Pattern.compile(
          "<fieldset>\\s*<legend>([^<]+) \\(AGB (\\d{8})\\)</legend>(.*?)</fieldset>",
          Pattern.DOTALL);
  private static final Pattern GP =
      Pattern.compile(
          "name=\"rol\" id=\"(rol-\\d+)\" value=\"([^\"]+)\"[^>]*><label for=\"rol-\\d+\">"
              + "([^<]+)</label>");

  /** A practice on the HIS page with its GPs. */
  record HisPractice(String name, String agb, List<HisGp> gps) {}

  /** A GP on the HIS page: the radio button's id and value (the PractitionerRole). */
  record HisGp(String inputId, String roleId, String name) {}

  final LocalDate peildatum;
  final Path data;
  final SandboxUrls urls;
  final String appRoot;
  private final Javalin sandbox;
  private final Javalin app;
  private final Path measureKey;
  private final Path work;

  private SandboxWorld(
      LocalDate peildatum,
      Path data,
      SandboxUrls urls,
      String appRoot,
      Javalin sandbox,
      Javalin app,
      Path measureKey,
      Path work) {
    this.peildatum = peildatum;
    this.data = data;
    this.urls = urls;
    this.appRoot = appRoot;
    this.sandbox = sandbox;
    this.app = app;
    this.measureKey = measureKey;
    this.work = work;
  }

  /**
   * Generates (or reuses) the wijkgroep with today as its peildatum, starts the sandbox and the app
   * on free ports.
   */
  static SandboxWorld start(Path work) throws IOException {
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    LocalDate p = LocalDate.now(zone);
    Path data = DemoData.ensure(DATA_CACHE, 5, p, SCALE, true, 2);
    int appPort = freePort();
    int sandboxPort = freePort();
    String appRoot = "http://localhost:" + appPort;
    SandboxUrls urls = new SandboxUrls("http://localhost:" + sandboxPort);
    RSAKey rsa;
    try {
      rsa = new RSAKeyGenerator(2048).keyID("metingen-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    Path key = work.resolve("metingen-key.json");
    Files.writeString(key, rsa.toJSONString());
    FhirContext fhir = FhirContext.forR4();
    Javalin sandbox =
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
                            RegisteredClient.asymmetric(
                                MEASURE_CLIENT,
                                new JWKSet(rsa.toPublicJWK()),
                                List.of(),
                                List.of("system/*.rs"),
                                true))),
                    new Faults(1),
                    Clock.systemUTC(),
                    appRoot + "/launch"))
            .start();
    AppConfig base =
        TestConfigs.withEhrs(
                new EhrRegistrations(
                    List.of(
                        EhrRegistration.publicClient(
                            URI.create(urls.fhirBase()), "spiegelbeeld", true))))
            .withPort(appPort);
    AppConfig config =
        base.withMeasurement(
            new MeasurementConfig(
                Optional.of(data.resolve("gstandaard-atc.csv")), base.measurement().settings()));
    AppDependencies deps = AppDependencies.production(config, Clock.system(zone));
    Javalin app;
    try {
      app = App.create(config, deps).start();
    } catch (RuntimeException e) {
      sandbox.stop();
      throw e;
    }
    return new SandboxWorld(p, data, urls, appRoot, sandbox, app, key, work);
  }

  /** The practices and GPs on the HIS page, as a user chooses them there. */
  static List<HisPractice> practices(String hisPage) {
    List<HisPractice> practices = new ArrayList<>();
    Matcher fieldset = FIELDSET.matcher(hisPage);
    while (fieldset.find()) {
      List<HisGp> gps = new ArrayList<>();
      Matcher gp = GP.matcher(fieldset.group(3));
      while (gp.find()) {
        gps.add(new HisGp(gp.group(1), unescape(gp.group(2)), unescape(gp.group(3))));
      }
      practices.add(new HisPractice(unescape(fieldset.group(1)), fieldset.group(2), gps));
    }
    return practices;
  }

  static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /**
   * Runs {@code spiegelbeeld measure} in-process against the sandbox (SMART Backend Services) for
   * this practice on the world's peildatum, both modules, and returns the per-indicator counts of
   * its summary MeasureReports: indicator id to population code to count (the indicator's own
   * group).
   */
  Measured measure(String agb) throws IOException {
    Path out = work.resolve("measure-" + agb);
    StringWriter output = new StringWriter();
    CommandLine cli = new CommandLine(new SpiegelbeeldCommand(Map.of()));
    PrintWriter writer = new PrintWriter(output, true);
    cli.setOut(writer);
    cli.setErr(writer);
    int exit =
        cli.execute(
            "measure",
            "--fhir",
            urls.fhirBase(),
            "--client-id",
            MEASURE_CLIENT,
            "--private-key",
            measureKey.toString(),
            "--practice-agb",
            agb,
            "--peildatum",
            peildatum.toString(),
            "--module",
            "osteoporose,nierfunctie",
            "--gstandaard-atc",
            data.resolve("gstandaard-atc.csv").toString(),
            "--out",
            out.toString());
    if (exit != 0) {
      throw new IllegalStateException("measure exited with " + exit + ": " + output);
    }
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    try (var files = Files.list(out)) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().startsWith("measurereport-"))
              .sorted()
              .toList()) {
        MeasureReport report =
            FhirContext.forR4Cached()
                .newJsonParser()
                .parseResource(MeasureReport.class, Files.readString(file));
        String name = file.getFileName().toString();
        String id = name.substring("measurereport-".length(), name.length() - ".json".length());
        Map<String, Integer> populations = new TreeMap<>();
        for (var population : report.getGroupFirstRep().getPopulation()) {
          populations.put(
              population.getCode().getCodingFirstRep().getCode(), population.getCount());
        }
        counts.put(id, populations);
      }
    }
    return new Measured(counts, out);
  }

  /**
   * A real EHR launch as the browser makes it: the HIS page, choose the GP, the button, then every
   * redirect (app /launch, the sandbox's authorize, the app's callback) to the app's page.
   *
   * @return the last response, the app's page (the caller checks where it landed)
   */
  Landing launch(Browser browser, HisGp gp) {
    String his = browser.get(urls.his()).body();
    Matcher csrf = HIS_CSRF.matcher(his);
    if (!csrf.find()) {
      throw new IllegalStateException("no form token on the HIS page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", csrf.group(1));
    form.put("rol", gp.roleId());
    String url = urls.root() + "/his/launch";
    HttpResponse<String> response = browser.postForm(url, form);
    List<String> hops = new ArrayList<>();
    for (int i = 0; i < 10 && response.statusCode() / 100 == 3; i++) {
      url =
          URI.create(url)
              .resolve(response.headers().firstValue("Location").orElseThrow())
              .toString();
      hops.add(url);
      response = browser.get(url);
    }
    return new Landing(url, response, hops);
  }

  /** Where a launch ended, and the URLs it was redirected through. */
  record Landing(String url, HttpResponse<String> response, List<String> hops) {}

  /** What {@code measure} wrote: the counts per indicator and the output directory. */
  record Measured(Map<String, Map<String, Integer>> counts, Path out) {}

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      sandbox.stop();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
