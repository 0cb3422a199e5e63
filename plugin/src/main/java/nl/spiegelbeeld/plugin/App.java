package nl.spiegelbeeld.plugin;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.health.Health;
import nl.spiegelbeeld.plugin.launch.LaunchHandler;
import nl.spiegelbeeld.plugin.web.ProblemMapper;
import nl.spiegelbeeld.plugin.web.SecurityHeaders;

/** Wires the plugin's web app: routes, static UI assets, security headers and problem mapping. */
public final class App {

  /** Where the {@code ui} module puts its assets on the classpath. */
  static final String UI_ASSETS = "/spiegelbeeld-ui";

  private App() {}

  /**
   * Builds the app without starting it: {@code main} starts it on the configured address, tests on
   * port 0.
   */
  public static Javalin create(AppConfig config, AppDependencies deps) {
    SecurityHeaders securityHeaders =
        new SecurityHeaders(config.frameAncestors(), config.secureCookies());
    return Javalin.create(
        javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.jetty.host = config.host();
          javalin.jetty.port = config.port();
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
          javalin.routes.get("/health", Health.handler(deps.version()));
          javalin.routes.get("/launch", new LaunchHandler(deps.clock()));
          ProblemMapper.register(javalin.routes);
        });
  }
}
