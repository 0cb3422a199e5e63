package nl.spiegelbeeld.benchmark;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.config.InvalidConfiguration;
import nl.spiegelbeeld.benchmark.storage.DatabaseStartFailed;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code spiegelbeeld-benchmark serve}: starts the service and prints its address. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start de benchmarkdienst (standaard als u geen opdracht geeft).")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand BenchmarkCommand parent;

  @Mixin ServeOptions options;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return serve(options, parent.environment(), spec.commandLine());
  }

  /**
   * Starts the service and returns: Jetty's threads keep the process alive; the shutdown hook stops
   * it cleanly on Ctrl-C or TERM.
   *
   * @return 0 when serving, 2 when the configuration is invalid, 1 when the database does not start
   */
  static int serve(ServeOptions options, Map<String, String> environment, CommandLine cli) {
    AppConfig config;
    try {
      config = AppConfig.read(environment, options.given());
    } catch (InvalidConfiguration e) {
      PrintWriter err = cli.getErr();
      err.println("De benchmarkdienst start niet; de configuratie klopt niet:");
      e.problems().forEach(problem -> err.println("  - " + problem));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    Javalin app = App.create(config, new AppDependencies(Clock.systemUTC(), Version.current()));
    // Registered before starting: a TERM during start-up must stop the embedded PostgreSQL too.
    Thread stop = new Thread(app::stop, "benchmark-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      app.start();
    } catch (DatabaseStartFailed e) {
      Runtime.getRuntime().removeShutdownHook(stop);
      PrintWriter err = cli.getErr();
      err.println("De benchmarkdienst start niet: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
    cli.getOut().println("Benchmarkdienst draait op poort " + app.port() + ".");
    cli.getOut().flush();
    return CommandLine.ExitCode.OK;
  }
}
