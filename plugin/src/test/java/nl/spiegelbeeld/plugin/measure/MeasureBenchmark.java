package nl.spiegelbeeld.plugin.measure;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.spiegelbeeld.fixtures.catalog.Catalog;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.generator.WijkgroepGenerator;
import nl.spiegelbeeld.fixtures.practice.DemoWijkgroep;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.fixtures.sandbox.SandboxApp;
import nl.spiegelbeeld.fixtures.sandbox.SandboxUrls;
import nl.spiegelbeeld.fixtures.sandbox.auth.ClientRegistry;
import nl.spiegelbeeld.fixtures.sandbox.auth.RegisteredClient;
import nl.spiegelbeeld.fixtures.sandbox.faults.Faults;
import nl.spiegelbeeld.fixtures.sandbox.store.SandboxStore;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.SpiegelbeeldCommand;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.pull.NeededCodes;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.PullPlan;
import nl.spiegelbeeld.plugin.pull.ServerCapabilities;
import nl.spiegelbeeld.plugin.smart.backend.BackendServicesTokens;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import picocli.CommandLine;

/**
 * Benchmark (a main, not a test): the {@code measure} command (pull + evaluate + write) against the
 * in-process sandbox holding one 20,000-patient practice at full volume, beside a raw fetch of the
 * same searches (plain java.net.http following next links, no FHIR parsing, same concurrency, page
 * size and gzip) in the same run; then the medication pull with and without the {@code
 * medication.code} search. The sandbox shares the JVM and the machine's cores with the client.
 *
 * <p>Run with {@code -Xmx4g}: {@code java -Xmx4g -cp … MeasureBenchmark <cache dir> [patients]
 * [no-medication]} ({@code -Drounds=N} for more than two rounds).
 */
public final class MeasureBenchmark {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Pattern NEXT =
      Pattern.compile("\"relation\"\\s*:\\s*\"next\"\\s*,\\s*\"url\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ENTRY = Pattern.compile("\"search\"\\s*:\\s*\\{\\s*\"mode\"");

  private MeasureBenchmark() {}

  /** Requests, entries and bytes (as received) of a raw fetch, and its wall time. */
  public record Raw(long requests, long entries, long bytes, long millis) {}

  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args.length > 0 ? args[0] : "/tmp/spiegelbeeld-bench");
    int patients = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    PracticeProfile profile = DemoWijkgroep.practices().get(1).withListSize(patients);
    Path data = cache.resolve("bench-" + patients + "-full");
    if (!Files.exists(data.resolve(WijkgroepGenerator.MANIFEST))) {
      long t = System.nanoTime();
      new WijkgroepGenerator(
              new GeneratorSettings(11, P, true), FhirContext.forR4(), Catalog.load())
          .write(List.of(profile), data, 2);
      System.out.printf("generated %d patients in %d s%n", patients, secondsSince(t));
    }
    FhirContext fhir = FhirContext.forR4Cached();
    long t = System.nanoTime();
    SandboxStore store = SandboxStore.load(fhir, List.of(data));
    System.out.printf("sandbox loaded in %d s%n", secondsSince(t));
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("bench").generate();
    Path key = Files.createTempFile("bench-key", ".json");
    Files.writeString(key, rsa.toJSONString());
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
    Javalin sandbox =
        SandboxApp.create(
                "127.0.0.1",
                port,
                new SandboxApp.Parts(
                    urls, fhir, store, clients, new Faults(1), Clock.systemUTC(), "http://x/"))
            .start();
    try {
      run(urls, key, data, profile.agb(), !(args.length > 2 && args[2].equals("no-medication")));
    } finally {
      sandbox.stop();
    }
  }

  private static void run(SandboxUrls urls, Path key, Path data, String agb, boolean medication)
      throws Exception {
    URI base = URI.create(urls.fhirBase() + "/");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token =
        new BackendServicesTokens(
                URI.create(urls.fhirBase()),
                "bench",
                ClientKey.read(key),
                client,
                Clock.systemUTC())
            .current()
            .orElseThrow();
    GStandaardAtcTable table;
    try (Reader r = Files.newBufferedReader(data.resolve(WijkgroepGenerator.GSTANDAARD_ATC))) {
      table = GStandaardAtcTable.read(r);
    }
    Catalogue catalogue = Catalogue.load();
    NeededCodes codes = NeededCodes.of(catalogue.definitions(), catalogue.terminology(), table);
    JsonNode metadata =
        new ObjectMapper().readTree(fetch(client, base.resolve("metadata"), token).body);
    PullOptions options = PullOptions.standard();
    PullPlan plan = PullPlan.of(ServerCapabilities.of(metadata), codes, P, options);

    int rounds = Integer.getInteger("rounds", 2);
    for (int round = 1; round <= rounds; round++) {
      Raw raw = raw(client, base, token, plan.searches(), options.parallelism());
      long t = System.nanoTime();
      Path out = Files.createTempDirectory("bench-out");
      StringWriter output = new StringWriter();
      CommandLine cli = new CommandLine(new SpiegelbeeldCommand(Map.of()));
      cli.setOut(new PrintWriter(output, true));
      cli.setErr(new PrintWriter(output, true));
      int exit =
          cli.execute(
              "measure",
              "--fhir",
              urls.fhirBase(),
              "--client-id",
              "bench",
              "--private-key",
              key.toString(),
              "--practice-agb",
              agb,
              "--peildatum",
              P.toString(),
              "--module",
              "osteoporose,nierfunctie",
              "--gstandaard-atc",
              data.resolve(WijkgroepGenerator.GSTANDAARD_ATC).toString(),
              "--out",
              out.toString());
      long cliMillis = (System.nanoTime() - t) / 1_000_000;
      if (exit != 0) {
        throw new IllegalStateException("measure failed: " + output);
      }
      JsonNode pulled =
          new ObjectMapper()
              .readTree(out.resolve("registratiekwaliteit.json").toFile())
              .path("opgehaald");
      long cliRequests = 0;
      long cliBytes = 0;
      long cliResources = 0;
      for (JsonNode type : pulled) {
        cliRequests += type.path("verzoeken").asLong();
        cliBytes += type.path("bytes").asLong();
        cliResources += type.path("gegevens").asLong();
      }
      System.out.printf(
          "round %d: raw fetch %d ms, %d requests, %d entries, %d KB | measure %d ms, %d FHIR"
              + " requests (+2 for the token), %d entries, %d KB | ratio %.2f%n",
          round,
          raw.millis(),
          raw.requests(),
          raw.entries(),
          raw.bytes() / 1024,
          cliMillis,
          cliRequests,
          cliResources,
          cliBytes / 1024,
          (double) cliMillis / raw.millis());
      System.out.println(output.toString().lines().findFirst().orElse(""));
    }

    if (!medication) {
      return;
    }
    // The medication pull with and without the chained code search.
    ObjectNode withoutChain = metadata.deepCopy();
    for (JsonNode resource : withoutChain.path("rest").get(0).path("resource")) {
      if (resource.path("type").asText().equals("MedicationRequest")) {
        for (JsonNode p : resource.path("searchParam")) {
          ((ObjectNode) p).put("documentation", "");
        }
      }
    }
    PullPlan wide = PullPlan.of(ServerCapabilities.of(withoutChain), codes, P, options);
    Raw narrowMed = raw(client, base, token, medication(plan), options.parallelism());
    Raw wideMed = raw(client, base, token, medication(wide), options.parallelism());
    System.out.printf(
        "medication narrowed (%d searches): %d requests, %d entries, %d KB, %d ms%n",
        medication(plan).size(),
        narrowMed.requests(),
        narrowMed.entries(),
        narrowMed.bytes() / 1024,
        narrowMed.millis());
    System.out.printf(
        "medication wide: %d requests, %d entries, %d KB, %d ms%n",
        wideMed.requests(), wideMed.entries(), wideMed.bytes() / 1024, wideMed.millis());
  }

  private static List<PullPlan.Search> medication(PullPlan plan) {
    return plan.searches().stream()
        .filter(s -> s.resourceType().equals("MedicationRequest"))
        .toList();
  }

  /** Every page of every search, {@code parallelism} searches at once, no FHIR parsing. */
  public static Raw raw(
      HttpClient client, URI base, String token, List<PullPlan.Search> searches, int parallelism)
      throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong entries = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    long t = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (PullPlan.Search s : searches) {
        futures.add(
            pool.submit(
                () -> {
                  URI next = base.resolve(s.firstPage());
                  while (next != null) {
                    Page page = fetch(client, next, token);
                    requests.incrementAndGet();
                    bytes.addAndGet(page.wireBytes);
                    String text = new String(page.body, StandardCharsets.UTF_8);
                    Matcher m = ENTRY.matcher(text);
                    while (m.find()) {
                      entries.incrementAndGet();
                    }
                    Matcher n = NEXT.matcher(text);
                    next = n.find() ? base.resolve(n.group(1)) : null;
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Raw(requests.get(), entries.get(), bytes.get(), (System.nanoTime() - t) / 1_000_000);
  }

  private record Page(byte[] body, long wireBytes) {}

  private static Page fetch(HttpClient client, URI uri, String token)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        client.send(
            HttpRequest.newBuilder(uri)
                .header("Accept", "application/fhir+json")
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode());
    }
    byte[] body = response.body();
    if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return new Page(in.readAllBytes(), body.length);
      }
    }
    return new Page(body, body.length);
  }

  private static long secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000_000;
  }
}
