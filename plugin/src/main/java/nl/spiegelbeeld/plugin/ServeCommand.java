package nl.spiegelbeeld.plugin;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.config.AppConfigReader;
import nl.spiegelbeeld.plugin.config.InvalidConfiguration;
import nl.spiegelbeeld.plugin.database.DatabaseStartFailed;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.CatalogueRefused;
import nl.spiegelbeeld.plugin.sharing.SharingConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spiegelbeeld serve}: starts the web app and prints where to open it. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start Spiegelbeeld als webapplicatie (standaard als u geen opdracht geeft).")
final class ServeCommand implements Callable<Integer> {

  /** Times are shown as Dutch practices read them, whatever the server's own zone is. */
  static final ZoneId PRACTICE_ZONE = ZoneId.of("Europe/Amsterdam");

  @ParentCommand SpiegelbeeldCommand parent;

  @Mixin ServeOptions options;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return serve(options, parent.environment(), spec.commandLine());
  }

  /**
   * Reads the configuration, starts the app and returns at once: Jetty's threads keep the process
   * alive until it is stopped (Ctrl-C or TERM), when the shutdown hook stops the app cleanly.
   *
   * @return 0 when serving, 2 when the configuration is invalid, 1 when an indicator definition is
   *     refused or the database does not start
   */
  static int serve(ServeOptions options, Map<String, String> environment, CommandLine cli) {
    AppConfig config;
    try {
      config = AppConfigReader.read(environment, options.given());
    } catch (InvalidConfiguration e) {
      PrintWriter err = cli.getErr();
      err.println("Spiegelbeeld start niet; de configuratie klopt niet:");
      e.problems().forEach(problem -> err.println("  - " + problem));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    try {
      // Every indicator definition is checked before anything is served.
      Catalogue.load();
    } catch (CatalogueRefused e) {
      PrintWriter err = cli.getErr();
      err.println("Spiegelbeeld start niet; de indicatordefinities kloppen niet:");
      e.problems().forEach(problem -> err.println("  - " + problem));
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    AppDependencies deps;
    try {
      deps = AppDependencies.production(config, Clock.system(PRACTICE_ZONE));
    } catch (InvalidConfiguration e) {
      PrintWriter err = cli.getErr();
      err.println("Spiegelbeeld start niet; de configuratie klopt niet:");
      e.problems().forEach(problem -> err.println("  - " + problem));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    Javalin app;
    try {
      app = App.create(config, deps, SharingConfig.read(environment, options.given()));
    } catch (InvalidConfiguration e) {
      PrintWriter err = cli.getErr();
      err.println("Spiegelbeeld start niet; de configuratie klopt niet:");
      e.problems().forEach(problem -> err.println("  - " + problem));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    // Registered before starting: a TERM during start-up must stop the embedded PostgreSQL too.
    Thread stop = new Thread(app::stop, "spiegelbeeld-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      app.start();
    } catch (DatabaseStartFailed e) {
      Runtime.getRuntime().removeShutdownHook(stop);
      PrintWriter err = cli.getErr();
      err.println("Spiegelbeeld start niet: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    PrintWriter out = cli.getOut();
    out.println("Spiegelbeeld draait. Open " + config.browserUrl(app.port()) + " in uw browser.");
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
