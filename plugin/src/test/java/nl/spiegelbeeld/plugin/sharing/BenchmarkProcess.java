package nl.spiegelbeeld.plugin.sharing;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.fhir.MeasureExport;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The real benchmark service (module {@code benchmark}, its jar from the reactor) as a process of
 * its own on embedded PostgreSQL in a temporary directory: its operator commands first (they need
 * the database to themselves), then {@code serve}. Run as {@code java -jar}: its manifest brings
 * its dependencies from {@code lib/} beside it, and the plugin's classes (whose Flyway migrations
 * share the location) stay out.
 */
final class BenchmarkProcess implements AutoCloseable {

  private final Path dataDir;
  private final Path work;
  private final int port;
  private Process serve;

  BenchmarkProcess(Path work) {
    this.work = work;
    this.dataDir = work.resolve("benchmark-pg");
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://localhost:" + port;
  }

  /** Registers the catalogue's Measures as the plugin exports them. */
  void registerCatalogue(Catalogue catalogue) throws IOException {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (IndicatorDefinition d : catalogue.definitions()) {
      bundle.addEntry().setFullUrl(d.canonicalUrl()).setResource(MeasureExport.of(d));
    }
    Path file = work.resolve("measures.json");
    Files.writeString(
        file,
        FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle),
        StandardCharsets.UTF_8);
    operator("register-measures", file.toString());
  }

  /** Runs an operator command; fails the test when it does not exit 0. */
  String operator(String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    try {
      Process p = start(all).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("benchmark " + args[0] + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts {@code serve} and waits until {@code /health} answers. */
  void serve() throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "serve",
                "--port",
                String.valueOf(port),
                "--public-url",
                url(),
                "--data-dir",
                dataDir.toString()));
    serve = start(args).redirectOutput(work.resolve("benchmark.log").toFile()).start();
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      if (!serve.isAlive()) {
        throw new IllegalStateException(
            "benchmark stopped: " + Files.readString(work.resolve("benchmark.log")));
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(URI.create(url() + "/health")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("benchmark did not become healthy");
  }

  private ProcessBuilder start(List<String> args) {
    String jar = System.getProperty("benchmark.jar");
    if (jar == null || jar.isBlank() || jar.startsWith("${")) {
      throw new IllegalStateException("system property benchmark.jar not set (run through Maven)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    // The jar's manifest brings its dependencies from lib/ beside it (the reactor packaged it).
    command.add("-jar");
    command.add(jar);
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  @Override
  public void close() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      if (!serve.waitFor(30, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }
}
