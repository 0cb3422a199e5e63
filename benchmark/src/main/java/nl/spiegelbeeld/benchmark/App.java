package nl.spiegelbeeld.benchmark;

import io.javalin.Javalin;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.health.Health;
import nl.spiegelbeeld.benchmark.web.ProblemMapper;
import nl.spiegelbeeld.benchmark.web.SecurityHeaders;

/**
 * Wires the benchmark service. It will receive aggregate MeasureReports and serve comparisons; for
 * now it only answers {@code /health}.
 */
public final class App {

  private App() {}

  /** Builds the app without starting it: {@code main} starts it, tests start it on port 0. */
  public static Javalin create(AppConfig config, AppDependencies deps) {
    return Javalin.create(
        javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.jetty.host = config.host();
          javalin.jetty.port = config.port();
          javalin.routes.before(new SecurityHeaders(config.https()));
          javalin.routes.get("/health", Health.handler(deps.version()));
          ProblemMapper.register(javalin.routes);
        });
  }
}
