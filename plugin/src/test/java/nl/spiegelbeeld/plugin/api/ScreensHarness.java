package nl.spiegelbeeld.plugin.api;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.history.MeasurementHistory;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.CurrentSession;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemMapper;
import nl.spiegelbeeld.plugin.web.SecurityHeaders;
import nl.spiegelbeeld.plugin.worklist.ReviewStore;
import org.flywaydb.core.Flyway;

/**
 * The screens on a test Javalin at port 0: the ui assets as App serves them, the API routes, a fake
 * session (with the CSRF check the real session filter makes), a fake pull and a plugin database on
 * embedded PostgreSQL migrated by Flyway.
 */
final class ScreensHarness implements AutoCloseable {

  static final String CSRF = "csrf-test-token";
  static final Catalogue CATALOGUE = Catalogue.load();

  private final EmbeddedPostgres postgres;
  private final Javalin app;
  private final FakePull pull = new FakePull();
  private final Map<LocalDate, PracticeMeasurement> measurements = new ConcurrentHashMap<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private final ReviewStore reviews;
  private final MeasurementHistory history;
  private volatile AppSession session;

  ScreensHarness(AppSession session, Clock clock) {
    this.session = session;
    try {
      postgres = EmbeddedPostgres.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DataSource ds = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    reviews = new ReviewStore(ds);
    history = new MeasurementHistory(ds);
    ApiDependencies deps =
        new ApiDependencies(
            (s, p) ->
                pull.isComplete(p) ? Optional.ofNullable(measurements.get(p)) : Optional.empty(),
            reviews,
            history,
            CATALOGUE,
            Headlines.shipped(),
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
                  pull.register(config.routes);
                  Api.register(config.routes, deps);
                  ProblemMapper.register(config.routes);
                })
            .start();
  }

  static AppSession session(PracticeMeasurement m) {
    return new AppSession(
        "session-1",
        URI.create("http://localhost/fhir"),
        m.data().practice(),
        "M. Jansen (POH)",
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

  /** Makes {@code m} the result of a (finished or yet to finish) pull for its peildatum. */
  void offer(PracticeMeasurement m, boolean alreadyPulled) {
    measurements.put(m.evaluation().referenceDate(), m);
    if (alreadyPulled) {
      pull.markComplete(m.evaluation().referenceDate());
    }
  }

  void signOut() {
    session = null;
  }

  void signInAs(AppSession s) {
    session = s;
  }

  FakePull pull() {
    return pull;
  }

  ReviewStore reviews() {
    return reviews;
  }

  MeasurementHistory history() {
    return history;
  }

  String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  HttpResponse<String> send(String method, String path, String json, String csrf) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json");
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    return send(b);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(
          b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
      throw new CsrfRefused();
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
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the real session filter answers to a change without the session's CSRF token. */
  static final class CsrfRefused extends nl.spiegelbeeld.plugin.web.ProblemException {
    private static final long serialVersionUID = 1L;

    CsrfRefused() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:csrf",
              "Verzoek geweigerd",
              403,
              "Laad de pagina opnieuw."));
    }
  }
}
