package nl.spiegelbeeld.benchmark;

import io.javalin.Javalin;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.health.Health;
import nl.spiegelbeeld.benchmark.storage.Database;
import nl.spiegelbeeld.benchmark.web.ProblemMapper;
import nl.spiegelbeeld.benchmark.web.SecurityHeaders;

/**
 * Wires the benchmark service. It will receive aggregate MeasureReports and serve comparisons; for
 * now it keeps its database (migrated, empty) and answers {@code /health}.
 */
public final class App {

  private App() {}

  /**
   * Builds the app without starting it: {@code main} starts it, tests start it on port 0. Starting
   * starts (or connects to) the database and migrates it before Jetty accepts requests; stopping
   * stops the database after Jetty.
   *
   * @throws nl.spiegelbeeld.benchmark.storage.DatabaseStartFailed from {@code start()}
   */
  public static Javalin create(AppConfig config, AppDependencies deps) {
    Database database = new Database(config.database());
    return Javalin.create(
        javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.jetty.host = config.host();
          javalin.jetty.port = config.port();
          javalin.events.serverStarting(database::start);
          javalin.events.serverStartFailed(database::stop);
          javalin.events.serverStopped(database::stop);
          javalin.routes.before(new SecurityHeaders(config.https()));
          javalin.routes.get("/health", Health.handler(deps.version(), database::status));
          ProblemMapper.register(javalin.routes);
        });
  }
}
