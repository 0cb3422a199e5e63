package nl.spiegelbeeld.plugin.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One FHIR Bulk Data {@code $export} at system level (<a
 * href="https://hl7.org/fhir/uv/bulkdata/export.html">Bulk Data Access 2.0</a>): kick-off with
 * {@code Prefer: respond-async} and {@code _type}, polling the status URL as its {@code
 * Retry-After} says (capped by the retry policy's {@code maxRetryAfter}), the NDJSON output files
 * downloaded and parsed line by line, and the export deleted on the server at the end (done, failed
 * or cancelled). An export that the server reports errors for, that does not finish within {@link
 * PullOptions#bulkMaxWait()}, or whose files cannot all be read makes the pull incomplete.
 *
 * <p>The access token goes only to the FHIR server's own origin: a status URL elsewhere is refused,
 * and files elsewhere are fetched without it, which works only when the manifest says {@code
 * requiresAccessToken: false} (e.g. signed storage URLs).
 */
final class BulkExport {

  private static final Logger LOG = LoggerFactory.getLogger(BulkExport.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NDJSON = "application/fhir+ndjson";
  private static final int BATCH = 1000;
  private static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
  private static final Duration SLICE = Duration.ofSeconds(1);

  /** Receives the resources of one file in batches, in file order; runs on a download thread. */
  @FunctionalInterface
  interface BatchHandler {
    void batch(String type, List<Resource> resources);
  }

  /** One output file of the manifest. */
  record Output(String type, URI url) {}

  private final FhirHttp http;
  private final FhirContext fhir;
  private final URI base;
  private final PullOptions options;
  private final Sleeper sleeper;
  private final Cancellation cancellation;

  BulkExport(
      FhirHttp http,
      FhirContext fhir,
      URI base,
      PullOptions options,
      Sleeper sleeper,
      Cancellation cancellation) {
    this.http = http;
    this.fhir = fhir;
    this.base = SearchPager.withSlash(base);
    this.options = options;
    this.sleeper = sleeper;
    this.cancellation = cancellation;
  }

  /**
   * Exports {@code types} and hands every resource to {@code handler}: the files of {@code first}
   * (e.g. Medication, which the agreements refer to) completely before any other file.
   */
  void run(List<String> types, String first, BatchHandler handler, PullListener listener)
      throws InterruptedException {
    URI status = kickOff(types);
    try {
      JsonNode manifest = poll(status);
      boolean token = manifest.path("requiresAccessToken").asBoolean(false);
      checkErrors(manifest, token);
      List<Output> outputs = outputs(manifest, types);
      Progress progress = new Progress(listener, types, outputs);
      for (Output o : outputs) {
        if (o.type().equals(first)) {
          download(o, token, handler, progress);
        }
      }
      downloadAll(
          outputs.stream().filter(o -> !o.type().equals(first)).toList(), token, handler, progress);
    } finally {
      delete(status);
    }
  }

  private URI kickOff(List<String> types) throws InterruptedException {
    URI uri =
        base.resolve(
            "$export?_type="
                + URLEncoder.encode(String.join(",", types), StandardCharsets.UTF_8)
                + "&_outputFormat="
                + URLEncoder.encode(NDJSON, StandardCharsets.UTF_8));
    FhirHttp.Answer answer;
    try {
      answer =
          http.send(
              token -> request(uri, token).header("Prefer", "respond-async").GET().build(),
              Set.of(202),
              "$export",
              cancellation,
              true);
    } catch (FetchFailed e) {
      throw incomplete("de server begon de export niet: " + e.getMessage(), e);
    }
    String location = answer.headers().firstValue("Content-Location").orElse(null);
    if (location == null) {
      throw incomplete("de server gaf geen statusadres (Content-Location) voor de export", null);
    }
    URI status;
    try {
      status = base.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw incomplete("het statusadres van de export is ongeldig", e);
    }
    if (!sameOrigin(status)) {
      throw incomplete("het statusadres van de export ligt op een andere server", null);
    }
    return status;
  }

  /** Polls until the manifest, honouring Retry-After (capped), at most bulkMaxWait in all. */
  private JsonNode poll(URI status) throws InterruptedException {
    Duration waited = Duration.ZERO;
    while (true) {
      if (cancellation.isCancelled()) {
        throw new PullIncomplete(null, "Het ophalen is afgebroken.", null);
      }
      FhirHttp.Answer answer;
      try {
        answer =
            http.send(
                token -> request(status, token).GET().build(),
                Set.of(200, 202),
                "$export",
                cancellation,
                true);
      } catch (FetchFailed e) {
        throw incomplete("de export mislukte op de server: " + e.getMessage(), e);
      }
      if (answer.status() == 200) {
        try {
          return JSON.readTree(answer.body());
        } catch (IOException e) {
          throw incomplete("het overzicht van de export (manifest) was onleesbaar", e);
        }
      }
      Duration asked = FhirHttp.retryAfter(answer.headers());
      Duration wait = asked == null ? DEFAULT_POLL : options.retry().retryAfter(asked);
      if (wait.isZero()) {
        wait = Duration.ofMillis(100);
      }
      waited = waited.plus(wait);
      if (waited.compareTo(options.bulkMaxWait()) > 0) {
        throw incomplete(
            "de export was na " + options.bulkMaxWait().toMinutes() + " minuten nog niet klaar",
            null);
      }
      sleep(wait);
    }
  }

  /** Sleeps in short slices so that a cancellation is noticed within a second. */
  private void sleep(Duration wait) throws InterruptedException {
    Duration left = wait;
    while (!left.isNegative() && !left.isZero() && !cancellation.isCancelled()) {
      Duration slice = left.compareTo(SLICE) > 0 ? SLICE : left;
      sleeper.sleep(slice);
      left = left.minus(slice);
    }
  }

  /** Errors the server lists in the manifest: any of severity error or fatal fails the pull. */
  private void checkErrors(JsonNode manifest, boolean token) throws InterruptedException {
    int errors = 0;
    for (JsonNode e : manifest.path("error")) {
      Output o = output(e);
      List<Resource> outcomes = new ArrayList<>();
      download(o, token, (type, batch) -> outcomes.addAll(batch), null);
      for (Resource r : outcomes) {
        if (r instanceof OperationOutcome oo) {
          errors +=
              (int)
                  oo.getIssue().stream()
                      .filter(
                          i ->
                              i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                                  || i.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
                      .count();
        }
      }
    }
    if (errors > 0) {
      throw incomplete(
          "de server meldde "
              + errors
              + (errors == 1 ? " fout" : " fouten")
              + " bij de export; niet alles is geëxporteerd",
          null);
    }
  }

  private List<Output> outputs(JsonNode manifest, List<String> types) {
    List<Output> outputs = new ArrayList<>();
    for (JsonNode o : manifest.path("output")) {
      Output out = output(o);
      if (types.contains(out.type())) {
        outputs.add(out);
      }
    }
    return outputs;
  }

  private Output output(JsonNode node) {
    String url = node.path("url").asText("");
    try {
      return new Output(node.path("type").asText(""), base.resolve(url));
    } catch (IllegalArgumentException e) {
      throw incomplete("een exportbestand had een ongeldig adres", e);
    }
  }

  private void downloadAll(
      List<Output> outputs, boolean token, BatchHandler handler, Progress progress)
      throws InterruptedException {
    if (outputs.isEmpty()) {
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(options.parallelism(), outputs.size()),
            r -> {
              Thread t = new Thread(r, "bulk-download");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Void>> files = new ArrayList<>();
      for (Output o : outputs) {
        files.add(
            pool.submit(
                () -> {
                  download(o, token, handler, progress);
                  return null;
                }));
      }
      for (Future<Void> f : files) {
        try {
          f.get();
        } catch (ExecutionException e) {
          files.forEach(other -> other.cancel(true));
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw incomplete("het ophalen mislukte onverwacht", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Streams one NDJSON file through the parser in batches. */
  private void download(Output o, boolean requiresToken, BatchHandler handler, Progress progress)
      throws InterruptedException {
    boolean own = sameOrigin(o.url());
    if (requiresToken && !own) {
      throw incomplete(
          "een exportbestand staat op een andere server en vraagt het toegangstoken; dat wordt"
              + " alleen aan de FHIR-server zelf gegeven",
          null);
    }
    IParser parser = fhir.newJsonParser();
    long count = 0;
    try (InputStream in = http.download(o.url(), NDJSON, o.type(), cancellation, requiresToken);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      List<Resource> batch = new ArrayList<>(BATCH);
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        if (cancellation.isCancelled()) {
          throw new PullIncomplete(o.type(), "Het ophalen is afgebroken.", null);
        }
        batch.add((Resource) parser.parseResource(line));
        if (batch.size() == BATCH) {
          handler.batch(o.type(), batch);
          count += batch.size();
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        handler.batch(o.type(), batch);
        count += batch.size();
      }
    } catch (FetchFailed e) {
      throw incompleteFile(o, e.getMessage(), e);
    } catch (IOException e) {
      throw incompleteFile(o, "de verbinding werd verbroken tijdens het downloaden", e);
    } catch (DataFormatException | ClassCastException e) {
      throw incompleteFile(o, "een regel was geen leesbare FHIR-resource", e);
    }
    http.stats().page(o.type(), count);
    if (progress != null) {
      progress.fileDone(o.type(), count);
    }
  }

  /** Asks the server to drop the export's files; a failure here changes nothing for the pull. */
  private void delete(URI status) throws InterruptedException {
    try {
      http.send(
          token -> request(status, token).DELETE().build(),
          Set.of(200, 202, 204, 404, 410),
          "$export",
          Cancellation.never(),
          true);
    } catch (FetchFailed e) {
      LOG.info("could not delete the export on the server (status {})", e.status());
    }
  }

  private HttpRequest.Builder request(URI uri, java.util.Optional<String> token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(options.retry().requestTimeout())
            .header("Accept", "application/fhir+json")
            .header("Accept-Encoding", "gzip");
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return b;
  }

  private boolean sameOrigin(URI uri) {
    return Objects.equals(uri.getScheme(), base.getScheme())
        && Objects.equals(uri.getHost(), base.getHost())
        && uri.getPort() == base.getPort();
  }

  private PullIncomplete incomplete(String reason, Throwable cause) {
    if (cancellation.isCancelled()) {
      return new PullIncomplete(null, "Het ophalen is afgebroken.", cause);
    }
    return new PullIncomplete(
        null,
        "De Bulk Data-export (alle gegevens in één keer) is niet volledig gelukt: "
            + reason
            + ". Probeer het later opnieuw; meldt de fout zich weer, neem dan contact op met de"
            + " beheerder van het HIS of van de FHIR-server.",
        cause);
  }

  private PullIncomplete incompleteFile(Output o, String reason, Throwable cause) {
    if (cancellation.isCancelled()) {
      return new PullIncomplete(o.type(), "Het ophalen is afgebroken.", cause);
    }
    return new PullIncomplete(
        o.type(),
        "Niet alle gegevens ("
            + o.type()
            + ") konden uit de Bulk Data-export worden gelezen: "
            + reason
            + ". Probeer het later opnieuw; meldt de fout zich weer, neem dan contact op met de"
            + " beheerder van het HIS of van de FHIR-server.",
        cause);
  }

  /** Files per type done, as the progress bar shows them. */
  private static final class Progress {
    private final PullListener listener;
    private final Map<String, int[]> files = new LinkedHashMap<>();
    private final Map<String, Long> resources = new HashMap<>();

    Progress(PullListener listener, List<String> types, List<Output> outputs) {
      this.listener = listener;
      types.forEach(t -> files.put(t, new int[2]));
      outputs.forEach(o -> files.get(o.type())[1]++);
      // A type without files is complete at once: the export holds none.
      files.forEach(
          (t, n) -> {
            if (n[1] == 0) {
              listener.progress(t, 0, 0, true);
            }
          });
    }

    void fileDone(String type, long count) {
      int done;
      long total;
      boolean all;
      synchronized (this) {
        int[] n = files.get(type);
        n[0]++;
        done = n[0];
        total = resources.merge(type, count, Long::sum);
        all = n[0] == n[1];
      }
      listener.progress(type, done, total, all);
    }
  }
}
