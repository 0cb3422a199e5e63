package nl.spiegelbeeld.plugin.measurement;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.Reader;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import nl.spiegelbeeld.fixtures.catalog.Catalog;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.generator.WijkgroepGenerator;
import nl.spiegelbeeld.fixtures.practice.DemoWijkgroep;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.auth.RegisteredClient;
import nl.spiegelbeeld.fixtures.sandbox.faults.FaultSettings;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.api.Dashboard;
import nl.spiegelbeeld.plugin.api.DashboardViews;
import nl.spiegelbeeld.plugin.api.Headlines;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.measure.MeasureBenchmark;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.NeededCodes;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.PullPlan;
import nl.spiegelbeeld.plugin.pull.ServerCapabilities;
import nl.spiegelbeeld.plugin.pull.Sleeper;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.smart.backend.BackendServicesTokens;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import nl.spiegelbeeld.plugin.worklist.WorklistViews;

/**
 * Issue #5's benchmark (a main, not a test): the app's measurement (MeasurementService with the
 * real PullLoader and PracticePull, as after a launch) of one 20,000-patient practice at full
 * volume, served by the in-process sandbox with 50 ms added to every request, beside a raw fetch of
 * the same searches in the same run (MeasureBenchmark's: plain java.net.http, same concurrency,
 * page size and gzip, no parsing); both with the lab searches OR'ed (one long chain) and one per
 * analyte; then the cached reopen (MeasurementService.complete + the dashboard view model as JSON).
 *
 * <p>{@code java -Xmx5g -cp … LaunchBenchmark <cache dir> [patients] [latency ms] [rounds]
 * [ored,analyte]}
 */
public final class LaunchBenchmark {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);

  private LaunchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args.length > 0 ? args[0] : "/tmp/spiegelbeeld-bench");
    int patients = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int latency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    String variants = args.length > 4 ? args[4] : "ored,analyte";
    PracticeProfile profile = DemoWijkgroep.practices().get(1).withListSize(patients);
    // The same data set as MeasureBenchmark's (seed 11, full volume).
    Path data = cache.resolve("bench-" + patients + "-full");
    if (!Files.exists(data.resolve(WijkgroepGenerator.MANIFEST))) {
      long t = System.nanoTime();
      new WijkgroepGenerator(
              new GeneratorSettings(11, P, true), FhirContext.forR4(), Catalog.load())
          .write(List.of(profile), data, 2);
      System.out.printf(
          "generated %d patients in %d s%n", patients, (System.nanoTime() - t) / 1_000_000_000);
    }
    FhirContext fhir = FhirContext.forR4Cached();
    long t0 = System.nanoTime();
    SandboxStore store = SandboxStore.load(fhir, List.of(data));
    System.out.printf("sandbox loaded in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("bench").generate();
    Path keyFile = Files.createTempFile("bench-key", ".json");
    Files.writeString(keyFile, rsa.toJSONString());
    ClientRegistry clients =
        new ClientRegistry(
            List.of(
                RegisteredClient.asymmetric(
                    "bench",
                    new JWKSet(rsa.toPublicJWK()),
                    List.of(),
                    List.of("system/*.rs"),
                    true)));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SandboxUrls urls = new SandboxUrls("http://localhost:" + port);
    FaultSettings slow =
        new FaultSettings(
            Duration.ofMillis(latency), 0, 0, 1, false, 0, FaultSettings.DEFAULT_TOKEN_LIFETIME);
    Javalin sandbox =
        SandboxApp.create(
                "127.0.0.1",
                port,
                new SandboxApp.Parts(
                    urls,
                    fhir,
                    store,
                    clients,
                    new Faults(slow, 1),
                    Clock.systemUTC(),
                    "http://x/"))
            .start();
    try {
      run(urls, ClientKey.read(keyFile), data, profile.agb(), rounds, variants);
    } finally {
      sandbox.stop();
      Files.deleteIfExists(keyFile);
    }
  }

  private static void run(
      SandboxUrls urls, ClientKey key, Path data, String agb, int rounds, String variants)
      throws Exception {
    URI fhirBase = URI.create(urls.fhirBase());
    URI base = URI.create(urls.fhirBase() + "/");
    HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AccessTokens tokens =
        new BackendServicesTokens(
            fhirBase, "bench", key, FhirHttp.defaultClient(), Clock.systemUTC());
    String token = tokens.current().orElseThrow();
    GStandaardAtcTable table;
    try (Reader r = Files.newBufferedReader(data.resolve(WijkgroepGenerator.GSTANDAARD_ATC))) {
      table = GStandaardAtcTable.read(r);
    }
    Catalogue catalogue = Catalogue.load();
    Engine engine = new Engine(catalogue);
    NeededCodes codes = NeededCodes.of(catalogue.definitions(), catalogue.terminology(), table);
    HttpResponse<byte[]> meta =
        raw.send(
            HttpRequest.newBuilder(base.resolve("metadata"))
                .header("Accept", "application/fhir+json")
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    JsonNode metadata = new ObjectMapper().readTree(meta.body());
    AppSession session =
        new AppSession(
            "bench",
            fhirBase,
            new PracticeIdentity(
                agb, "bench", "Organization/x", new Practice(Set.of(), Set.of(), false)),
            "bench",
            null,
            tokens,
            "csrf",
            Instant.now().plus(Duration.ofHours(10)));
    MeasurementService last = null;
    for (String variant : variants.split(",")) {
      boolean labsByAnalyte = variant.equals("analyte");
      PullOptions options = PullOptions.standard().withLabsByAnalyte(labsByAnalyte);
      PullPlan plan = PullPlan.of(ServerCapabilities.of(metadata), codes, P, options);
      for (int round = 1; round <= rounds; round++) {
        if (last != null) {
          last.close();
        }
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        MeasureBenchmark.Raw r =
            MeasureBenchmark.raw(raw, base, token, plan.searches(), options.parallelism());
        CountingClient counting = new CountingClient(FhirHttp.defaultClient());
        PracticePull pull =
            new PracticePull(
                FhirContext.forR4Cached(), counting, Sleeper.real(), options, Clock.systemUTC());
        MeasurementService service =
            new MeasurementService(
                engine,
                new PullLoader(pull, catalogue, table),
                m -> {},
                MeasurementSettings.defaults(),
                Clock.systemUTC());
        last = service;
        long t = System.nanoTime();
        service.start(session, P, false);
        Status status;
        do {
          Thread.sleep(5);
          status = service.status(session, P);
        } while (status.state().equals(Status.RUNNING));
        long appMillis = (System.nanoTime() - t) / 1_000_000;
        if (!status.state().equals(Status.COMPLETE)) {
          throw new IllegalStateException("measurement failed: " + status.failure());
        }
        PracticeMeasurement m = service.complete(session, P).orElseThrow();
        System.out.printf(
            "labs %s, round %d (load before: %s): raw fetch %d ms, %d requests, %d entries, %d KB"
                + " | app launch-to-figures %d ms, %d FHIR requests, population %d | ratio %.2f%n",
            labsByAnalyte
                ? "by analyte (" + plan.searches().size() + " searches)"
                : "OR'ed (" + plan.searches().size() + " searches)",
            round,
            load,
            r.millis(),
            r.requests(),
            r.entries(),
            r.bytes() / 1024,
            appMillis,
            counting.requests.get(),
            m.evaluation().population(),
            (double) appMillis / r.millis());
      }
    }
    reopen(last, session);
    last.close();
  }

  /** The cached reopen: what GET /api/dashboard does, without HTTP and the review marks' query. */
  private static void reopen(MeasurementService service, AppSession session) throws Exception {
    DashboardViews views = new DashboardViews(Headlines.shipped());
    ObjectMapper json = new ObjectMapper();
    int calls = 200;
    long[] nanos = new long[calls];
    long bytes = 0;
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      PracticeMeasurement m = service.complete(session, P).orElseThrow();
      Map<String, Integer> reviewed = new HashMap<>();
      for (IndicatorResult r : m.evaluation().indicators()) {
        if (r.worklist() != null) {
          reviewed.put(r.id(), WorklistViews.reviewedCount(r.worklist(), Map.of()));
        }
      }
      Dashboard d = views.dashboard(m, Map.of(), reviewed);
      bytes = json.writeValueAsBytes(d).length;
      nanos[i] = System.nanoTime() - t;
    }
    long first = nanos[0];
    Arrays.sort(nanos);
    System.out.printf(
        "cached reopen (complete + dashboard view model + JSON, %d calls, %d bytes): first %.2f ms,"
            + " p50 %.2f ms, p95 %.2f ms, max %.2f ms (load: %s)%n",
        calls,
        bytes,
        first / 1e6,
        nanos[calls / 2] / 1e6,
        nanos[(int) Math.ceil(calls * 0.95) - 1] / 1e6,
        nanos[calls - 1] / 1e6,
        Files.readString(Path.of("/proc/loadavg")).strip());
  }

  /** Counts the requests the pull sends (retries included). */
  private static final class CountingClient extends HttpClient {
    final AtomicLong requests = new AtomicLong();
    private final HttpClient delegate;

    CountingClient(HttpClient delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException, InterruptedException {
      requests.incrementAndGet();
      return delegate.send(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request, HttpResponse.BodyHandler<T> handler) {
      requests.incrementAndGet();
      return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
        HttpRequest request,
        HttpResponse.BodyHandler<T> handler,
        HttpResponse.PushPromiseHandler<T> push) {
      requests.incrementAndGet();
      return delegate.sendAsync(request, handler, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
      return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
      return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
      return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
      return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
      return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
      return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
      return delegate.authenticator();
    }

    @Override
    public Version version() {
      return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
      return delegate.executor();
    }
  }
}
