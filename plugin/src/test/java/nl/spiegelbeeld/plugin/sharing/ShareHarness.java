package nl.spiegelbeeld.plugin.sharing;

import ca.uhn.fhir.context.FhirContext;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.CurrentSession;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import nl.spiegelbeeld.plugin.web.ProblemMapper;
import nl.spiegelbeeld.plugin.web.SecurityHeaders;

/**
 * Delen and Groep on a test Javalin at port 0: the ui assets, the share routes with the real share
 * step and benchmark client, and a fake session per practice (set by {@link #signInAs}) with the
 * CSRF check the real session filter makes. Measurements are offered per practice and peildatum.
 */
final class ShareHarness implements AutoCloseable {

  static final String CSRF = "csrf-test-token";
  static final Catalogue CATALOGUE = Catalogue.load();

  private final Javalin app;
  private final Map<String, PracticeMeasurement> measurements = new ConcurrentHashMap<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private volatile AppSession session;

  ShareHarness(SharingConfig sharing, ClientKey key, Clock clock) {
    BenchmarkClient benchmark =
        new BenchmarkClient(client, sharing, key, clock, FhirContext.forR4Cached());
    ShareRoutes routes =
        new ShareRoutes(
            (s, p) -> Optional.ofNullable(measurements.get(s.practice().agb() + "@" + p)),
            CATALOGUE,
            new ShareStep(FhirContext.forR4Cached()),
            Optional.of(benchmark),
            clock);
    SecurityHeaders headers = new SecurityHeaders("'none'", false);
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.jetty.port = 0;
                  config.staticFiles.add(
                      files -> {
                        files.hostedPath = "/";
                        files.directory = "/spiegelbeeld-ui";
                        files.location = Location.CLASSPATH;
                        files.headers = headers.headers();
                      });
                  config.routes.before(headers);
                  config.routes.before("/api/*", this::fakeSessionFilter);
                  config.routes.get(
                      "/api/session", ctx -> ctx.json(sessionJson(CurrentSession.require(ctx))));
                  // No launch style here: the empty style sheet App serves without one.
                  config.routes.get(
                      "/api/style.css",
                      ctx -> ctx.contentType("text/css; charset=utf-8").result(""));
                  routes.register(config.routes);
                  ProblemMapper.register(config.routes);
                })
            .start();
  }

  static AppSession session(PracticeMeasurement m) {
    return new AppSession(
        "session-" + m.data().practice().agb(),
        URI.create("http://localhost/fhir"),
        m.data().practice(),
        "M. Jansen (huisarts)",
        "Practitioner/1",
        AccessTokens.none(),
        CSRF,
        Instant.parse("2099-01-01T00:00:00Z"));
  }

  static Clock clockOn(LocalDate p) {
    return Clock.fixed(
        p.atTime(14, 5).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
        ZoneId.of("Europe/Amsterdam"));
  }

  void offer(PracticeMeasurement m) {
    measurements.put(m.data().practice().agb() + "@" + m.evaluation().referenceDate(), m);
  }

  void signInAs(AppSession s) {
    session = s;
  }

  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  HttpResponse<String> post(String path, String json, String csrf) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(
          b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void fakeSessionFilter(io.javalin.http.Context ctx) {
    AppSession s = session;
    if (s == null) {
      return; // CurrentSession.require answers 401
    }
    boolean change = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
    if (change && !s.csrfToken().equals(ctx.header("X-CSRF-Token"))) {
      throw new io.javalin.http.ForbiddenResponse();
    }
    CurrentSession.set(ctx, s);
  }

  private static Map<String, Object> sessionJson(AppSession s) {
    return Map.of(
        "practice", Map.of("agb", s.practice().agb(), "name", s.practice().name()),
        "userName", s.userName(),
        "fhirBase", s.fhirBase().toString(),
        "csrfToken", s.csrfToken(),
        "expiresAt", s.expiresAt().toString());
  }

  @Override
  public void close() {
    app.stop();
  }
}
