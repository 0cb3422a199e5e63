package nl.spiegelbeeld.plugin;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.spiegelbeeld.plugin.config.AppConfig;

/** The real app started on a free port, with a fixed clock, and a client to call it. */
final class RunningApp implements AutoCloseable {

  /** 23 November 2026, 14:05 in the Netherlands. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneId.of("Europe/Amsterdam"));

  static final String VERSION = "test-version";

  private final Javalin app;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningApp(AppConfig config) {
    this.app = App.create(config.withPort(0), new AppDependencies(CLOCK, VERSION)).start();
  }

  static RunningApp start() {
    return start(AppConfig.defaults());
  }

  static RunningApp start(AppConfig config) {
    return new RunningApp(config);
  }

  /** GETs a path (with its query, already encoded) and returns the answer as text. */
  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
