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
import nl.spiegelbeeld.plugin.smart.PracticeResolver;
import nl.spiegelbeeld.plugin.testing.TestConfigs;

/**
 * The real app started on a free port, on the shared test database, with a fixed clock (or one the
 * test controls), and a client to call it.
 */
public final class RunningApp implements AutoCloseable {

  /** 23 November 2026, 14:05 in the Netherlands. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneId.of("Europe/Amsterdam"));

  static final String VERSION = "test-version";

  private final Javalin app;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningApp(AppConfig config, AppDependencies deps) {
    this.app = App.create(TestConfigs.forTests(config.withPort(0)), deps).start();
  }

  static RunningApp start() {
    return start(AppConfig.defaults());
  }

  static RunningApp start(AppConfig config) {
    return new RunningApp(config, new AppDependencies(CLOCK, VERSION));
  }

  /** With the test's clock and practice resolver. */
  public static RunningApp start(AppConfig config, Clock clock, PracticeResolver resolver) {
    return new RunningApp(config, new AppDependencies(clock, VERSION, resolver));
  }

  public int port() {
    return app.port();
  }

  /** The absolute URL of a path on this app. */
  public String url(String pathAndQuery) {
    return "http://localhost:" + app.port() + pathAndQuery;
  }

  /** GETs a path (with its query, already encoded) and returns the answer as text. */
  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
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
