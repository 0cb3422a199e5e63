package nl.spiegelbeeld.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.practice.PracticeContext;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.storage.Database;
import nl.spiegelbeeld.benchmark.support.PracticeKey;
import nl.spiegelbeeld.benchmark.support.Reports;
import nl.spiegelbeeld.benchmark.support.TestService;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load benchmark (issue 7), not a test: run with {@code mvn -o -pl benchmark verify -Pload}. Loads
 * {@code load.practices} practices (default 5,000) in groups of 10, all 13 indicators, 4 periods,
 * each practice posting one Bundle per period; then measures the latency of group comparisons and
 * regional views. Prints the figures and writes them to {@code target/load-results.txt}. The
 * client, the service and the embedded PostgreSQL share the machine.
 */
class LoadBench {

  private static final List<String> INDICATORS =
      List.of(
          "OST-01", "OST-02", "OST-03", "OST-04", "OST-05", "OST-06", "OST-07", "OST-08", "OST-09",
          "OST-10", "NIER-01", "NIER-02", "NIER-03");
  private static final int PERIODS = 4;
  private static final int GROUP_SIZE = 10;

  @TempDir Path directory;

  @Test
  void load_and_measure() throws Exception {
    int practices = Integer.getInteger("load.practices", 5000);
    int clients = Integer.getInteger("load.clients", 4);
    int samples = Integer.getInteger("load.samples", 300);
    List<String> out = new ArrayList<>();
    try (TestService service = TestService.start(directory.resolve("pg"))) {
      PracticeKey key = PracticeKey.rsa("00000000");
      List<String> agbs = new ArrayList<>();
      List<Long> groups = new ArrayList<>();
      long t0 = System.nanoTime();
      register(service, key, practices, agbs, groups);
      out.add(
          String.format(
              "registered %d practices, %d groups, %d indicators in %.1f s",
              practices, groups.size(), INDICATORS.size(), seconds(t0)));

      HttpClient http = HttpClient.newHttpClient();
      String base = service.baseUrl();
      long t1 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> work = new ArrayList<>();
      for (int period = 0; period < PERIODS; period++) {
        for (int i = 0; i < practices; i++) {
          int p = period;
          String agb = agbs.get(i);
          work.add(pool.submit(() -> postBundle(http, base, key, agb, p)));
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      double loadSeconds = seconds(t1);
      int reports = practices * PERIODS * INDICATORS.size();
      out.add(
          String.format(
              "submitted %d bundles (%d reports) with %d clients in %.1f s: %.0f reports/s,"
                  + " %.1f bundles/s",
              practices * PERIODS,
              reports,
              clients,
              loadSeconds,
              reports / loadSeconds,
              practices * PERIODS / loadSeconds));

      Random random = new Random(7);
      double[] group = new double[samples];
      for (int s = 0; s < samples; s++) {
        int g = random.nextInt(groups.size());
        String agb = agbs.get(g * GROUP_SIZE);
        String path =
            "/groups/"
                + groups.get(g)
                + "/comparisons?"
                + query(INDICATORS.get(random.nextInt(INDICATORS.size())), random.nextInt(PERIODS));
        group[s] = timedGet(http, base + path, key, agb);
      }
      out.add(latency("group comparison (10 practices, 4 periods of trend)", group));

      double[] regional = new double[samples];
      for (int s = 0; s < samples; s++) {
        int first = random.nextInt(groups.size() - 10);
        StringBuilder ids = new StringBuilder();
        for (int g = first; g < first + 10; g++) {
          ids.append(g == first ? "" : ",").append(groups.get(g));
        }
        String path =
            "/comparisons?"
                + query(INDICATORS.get(random.nextInt(INDICATORS.size())), random.nextInt(PERIODS))
                + "&groups="
                + ids;
        regional[s] = timedGet(http, base + path, key, agbs.get(0));
      }
      out.add(latency("regional view (10 groups, 100 practices)", regional));

      double[] national = new double[Math.max(20, samples / 10)];
      for (int s = 0; s < national.length; s++) {
        String path =
            "/comparisons?"
                + query(INDICATORS.get(random.nextInt(INDICATORS.size())), random.nextInt(PERIODS));
        national[s] = timedGet(http, base + path, key, agbs.get(0));
      }
      out.add(latency("national view (" + practices + " practices)", national));
    }
    out.forEach(System.out::println);
    Files.write(Path.of("target", "load-results.txt"), out);
  }

  private static void register(
      TestService service, PracticeKey key, int practices, List<String> agbs, List<Long> groups)
      throws IOException {
    Database db =
        new Database(
            new DatabaseConfig.Server(
                service.jdbcUrl(), Optional.of("postgres"), Optional.empty()));
    db.start();
    try {
      Clock clock = Clock.systemUTC();
      PracticeStore store = new PracticeStore(db, clock);
      for (int i = 0; i < practices; i++) {
        String agb = String.format("1%07d", i);
        store.register(
            agb,
            "Praktijk " + i,
            Optional.empty(),
            Optional.of(key.publicJwks()),
            new PracticeContext(3000 + i % 1000, java.util.Map.of(), java.util.Map.of()));
        agbs.add(agb);
      }
      GroupStore groupStore = new GroupStore(db, clock);
      for (int g = 0; g * GROUP_SIZE < practices; g++) {
        List<String> members =
            agbs.subList(g * GROUP_SIZE, Math.min(practices, (g + 1) * GROUP_SIZE));
        groups.add(groupStore.create("Groep " + g, members, 5, true).id());
      }
      List<Measure> measures = new ArrayList<>();
      for (String id : INDICATORS) {
        measures.add(Reports.measure(Reports.BASE + "Measure/" + id, "increase", id));
      }
      new MeasureStore(db, clock).register(measures);
    } finally {
      db.stop();
    }
  }

  private static Void postBundle(
      HttpClient http, String base, PracticeKey key, String agb, int period) throws Exception {
    Random random = new Random(agb.hashCode() * 31L + period);
    MeasureReport[] reports = new MeasureReport[INDICATORS.size()];
    for (int i = 0; i < reports.length; i++) {
      String id = INDICATORS.get(i);
      MeasureReport r =
          Reports.scaled(Reports.BASE + "Measure/" + id, agb, id, 1 + random.nextInt(10));
      r.getPeriod().setStartElement(new DateTimeType(start(period).toString()));
      r.getPeriod().setEndElement(new DateTimeType(end(period).toString()));
      reports[i] = r;
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/fhir"))
                .header("Content-Type", "application/fhir+json")
                .header("Authorization", "Bearer " + assertion(key, agb))
                .POST(HttpRequest.BodyPublishers.ofString(Reports.bundle(reports)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return null;
  }

  private static double timedGet(HttpClient http, String url, PracticeKey key, String agb)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + assertion(key, agb))
            .build();
    long t = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - t) / 1e6;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ms;
  }

  /** The service runs on a fixed clock; assertions are made for that instant. */
  private static String assertion(PracticeKey key, String agb) {
    return key.assertion(
        agb,
        TestService.AUDIENCE,
        TestService.NOW,
        Duration.ofMinutes(2),
        java.util.UUID.randomUUID().toString());
  }

  private static String query(String indicator, int period) {
    return "measure="
        + Reports.BASE
        + "Measure/"
        + indicator
        + "%7C"
        + Reports.VERSION
        + "&period="
        + start(period)
        + "/"
        + end(period);
  }

  private static LocalDate end(int period) {
    return LocalDate.of(2026, 11, 23).minusMonths(6L * period);
  }

  private static LocalDate start(int period) {
    return end(period).minusDays(364);
  }

  private static String latency(String what, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return String.format(
        "%s: n = %d, median %.1f ms, p95 %.1f ms, max %.1f ms",
        what,
        sorted.length,
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
        sorted[sorted.length - 1]);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
