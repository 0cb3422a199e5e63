package nl.spiegelbeeld.plugin;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.spiegelbeeld.plugin.api.Api;
import nl.spiegelbeeld.plugin.api.ApiDependencies;
import nl.spiegelbeeld.plugin.api.Headlines;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.config.InvalidConfiguration;
import nl.spiegelbeeld.plugin.config.Setting;
import nl.spiegelbeeld.plugin.database.Database;
import nl.spiegelbeeld.plugin.database.DatabaseConfig;
import nl.spiegelbeeld.plugin.health.Health;
import nl.spiegelbeeld.plugin.history.MeasurementHistory;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.launch.SmartLogin;
import nl.spiegelbeeld.plugin.measurement.MeasurementRoutes;
import nl.spiegelbeeld.plugin.measurement.MeasurementService;
import nl.spiegelbeeld.plugin.session.CsrfCheck;
import nl.spiegelbeeld.plugin.session.Logout;
import nl.spiegelbeeld.plugin.session.SessionApi;
import nl.spiegelbeeld.plugin.session.SessionCookies;
import nl.spiegelbeeld.plugin.session.SessionFilter;
import nl.spiegelbeeld.plugin.session.SessionKey;
import nl.spiegelbeeld.plugin.session.SessionStore;
import nl.spiegelbeeld.plugin.session.StyleSheetApi;
import nl.spiegelbeeld.plugin.session.TokenCipher;
import nl.spiegelbeeld.plugin.session.TokenRefresher;
import nl.spiegelbeeld.plugin.sharing.BenchmarkClient;
import nl.spiegelbeeld.plugin.sharing.BenchmarkKey;
import nl.spiegelbeeld.plugin.sharing.ShareRoutes;
import nl.spiegelbeeld.plugin.sharing.ShareStep;
import nl.spiegelbeeld.plugin.sharing.SharingConfig;
import nl.spiegelbeeld.plugin.smart.Discovery;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.IdTokenCheck;
import nl.spiegelbeeld.plugin.smart.TokenClient;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;
import nl.spiegelbeeld.plugin.web.AppUrl;
import nl.spiegelbeeld.plugin.web.ProblemMapper;
import nl.spiegelbeeld.plugin.web.SecurityHeaders;
import nl.spiegelbeeld.plugin.worklist.ReviewStore;

/**
 * Wires the plugin's web app: the database, SMART launch and sessions, routes, static UI assets,
 * security headers and problem mapping.
 */
public final class App {

  /** Where the {@code ui} module puts its assets on the classpath. */
  static final String UI_ASSETS = "/spiegelbeeld-ui";

  private App() {}

  /**
   * Builds the app without starting it: {@code main} starts it on the configured address, tests on
   * port 0. Starting starts (or connects to) the database and migrates it before Jetty accepts
   * requests; stopping stops it after Jetty.
   *
   * @throws InvalidConfiguration when the session key file cannot be read or made
   * @throws nl.spiegelbeeld.plugin.database.DatabaseStartFailed from {@code start()}
   */
  public static Javalin create(AppConfig config, AppDependencies deps) {
    return create(config, deps, SharingConfig.defaults());
  }

  /** As {@link #create(AppConfig, AppDependencies)}, sharing with the configured benchmark. */
  public static Javalin create(AppConfig config, AppDependencies deps, SharingConfig sharing) {
    SecurityHeaders securityHeaders =
        new SecurityHeaders(config.frameAncestors(), config.secureCookies());
    Database database = new Database(config.database());
    TokenCipher cipher = new TokenCipher(sessionKey(config));
    Discovery discovery = new Discovery(deps.http());
    TokenClient tokenClient = new TokenClient(deps.clock());
    TokenRefresher refresher =
        (iss, current) -> {
          EhrRegistration ehr =
              config
                  .ehrs()
                  .find(iss)
                  .orElseThrow(() -> new IllegalStateException("EHR no longer configured"));
          return tokenClient.refresh(ehr, discovery.configuration(ehr.iss()), current);
        };
    SessionStore sessions =
        new SessionStore(database.dataSource(), cipher, deps.clock(), config.sessions(), refresher);
    SessionCookies cookies =
        new SessionCookies(config.secureCookies(), config.sessions().iframeCookies());
    AppUrl appUrl = new AppUrl(config.publicUrl());
    CsrfCheck csrf = new CsrfCheck(appUrl);
    SmartLogin login =
        new SmartLogin(
            new SmartLogin.Parts(
                config.ehrs(),
                discovery,
                tokenClient,
                new IdTokenCheck(),
                deps.practiceResolver(),
                sessions,
                cookies,
                appUrl,
                database.dataSource(),
                cipher,
                deps.clock()));
    Catalogue catalogue = Catalogue.load();
    MeasurementHistory history = new MeasurementHistory(database.dataSource());
    MeasurementService measurements =
        new MeasurementService(
            new Engine(catalogue),
            deps.practiceLoader(),
            history::record,
            config.measurement().settings(),
            deps.clock());
    ApiDependencies screens =
        new ApiDependencies(
            measurements,
            new ReviewStore(database.dataSource()),
            history,
            catalogue,
            Headlines.shipped(),
            deps.clock());
    ShareRoutes shareRoutes =
        new ShareRoutes(
            measurements,
            catalogue,
            new ShareStep(FhirContext.forR4Cached()),
            benchmarkKey(config, sharing)
                .map(
                    key ->
                        new BenchmarkClient(
                            deps.http(), sharing, key, deps.clock(), FhirContext.forR4Cached())),
            deps.clock());
    return Javalin.create(
        javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.jetty.host = config.host();
          javalin.jetty.port = config.port();
          // Dates as ISO-8601 text (2026-11-23, 2026-11-23T13:35:00Z), not Jackson's default
          // arrays and epoch numbers: the status's referenceDate and completedAt, for instance.
          javalin.jsonMapper(
              new JavalinJackson()
                  .updateMapper(m -> m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
          javalin.events.serverStarting(database::start);
          javalin.events.serverStartFailed(database::stop);
          javalin.events.serverStopped(measurements::close);
          javalin.events.serverStopped(database::stop);
          javalin.staticFiles.add(
              files -> {
                files.hostedPath = "/";
                files.directory = UI_ASSETS;
                files.location = Location.CLASSPATH;
                // Static files set their own headers; without this Javalin's max-age=0 wins.
                files.headers = securityHeaders.headers();
                // Say UTF-8 in the header too: Dutch text must not depend on the meta tag.
                files.mimeTypes.add("text/html; charset=utf-8", "html");
                files.mimeTypes.add("text/css; charset=utf-8", "css");
              });
          javalin.routes.before(securityHeaders);
          javalin.routes.before("/api/*", new SessionFilter(sessions, cookies, csrf));
          javalin.routes.get("/health", Health.handler(deps.version()));
          login.addRoutes(javalin.routes);
          javalin.routes.get("/api/session", SessionApi.handler(sessions));
          javalin.routes.get("/api/style.css", new StyleSheetApi(sessions));
          javalin.routes.post("/logout", new Logout(sessions, cookies, csrf));
          MeasurementRoutes.register(javalin.routes, measurements, deps.clock());
          Api.register(javalin.routes, screens);
          shareRoutes.register(javalin.routes);
          ProblemMapper.register(javalin.routes);
        });
  }

  /** The benchmark key: the configured one, or for the embedded demo one generated once. */
  private static Optional<ClientKey> benchmarkKey(AppConfig config, SharingConfig sharing) {
    try {
      if (sharing.keyFile().isPresent()) {
        return Optional.of(ClientKey.read(sharing.keyFile().get()));
      }
      if (config.database() instanceof DatabaseConfig.Embedded embedded) {
        Path data = embedded.dataDirectory().toAbsolutePath().normalize();
        return Optional.of(BenchmarkKey.loadOrCreate(data.getParent()));
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidConfiguration(
          java.util.List.of(Setting.BENCHMARK_KEY_FILE.label() + ": " + e.getMessage() + "."));
    }
  }

  /** The configured key, or for the embedded demo database one generated beside its data. */
  private static SessionKey sessionKey(AppConfig config) {
    try {
      if (config.sessionKeyFile().isPresent()) {
        return SessionKey.load(config.sessionKeyFile().get());
      }
      if (config.database() instanceof DatabaseConfig.Embedded embedded) {
        Path data = embedded.dataDirectory().toAbsolutePath().normalize();
        return SessionKey.loadOrCreate(data.resolveSibling("plugin-session.key"));
      }
      throw new IllegalArgumentException("geen sleutelbestand ingesteld");
    } catch (IllegalArgumentException e) {
      throw new InvalidConfiguration(
          java.util.List.of(Setting.SESSION_KEY_FILE.label() + ": " + e.getMessage() + "."));
    }
  }
}
