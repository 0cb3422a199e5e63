package nl.spiegelbeeld.benchmark;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.benchmark.operator.ListCommand;
import nl.spiegelbeeld.benchmark.operator.RegisterGroupCommand;
import nl.spiegelbeeld.benchmark.operator.RegisterMeasuresCommand;
import nl.spiegelbeeld.benchmark.operator.RegisterPracticeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code spiegelbeeld-benchmark} command line; {@code serve} is the default sub-command, so its
 * flags also work without naming it.
 */
@Command(
    name = "spiegelbeeld-benchmark",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      ServeCommand.class,
      RegisterPracticeCommand.class,
      RegisterGroupCommand.class,
      RegisterMeasuresCommand.class,
      ListCommand.class
    },
    description = "De benchmarkdienst van Spiegelbeeld: ontvangt alleen geaggregeerde cijfers.")
public final class BenchmarkCommand implements Callable<Integer> {

  private final Map<String, String> environment;

  @Mixin ServeOptions serveOptions;

  @Spec CommandLine.Model.CommandSpec spec;

  /**
   * @param environment the environment settings are read from; the only place it is passed in
   */
  public BenchmarkCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    int exitCode = new CommandLine(new BenchmarkCommand(System.getenv())).execute(args);
    // On success `serve` has started Jetty, whose threads keep the JVM running: no exit then.
    if (exitCode != CommandLine.ExitCode.OK) {
      System.exit(exitCode);
    }
  }

  /** The environment the commands read their settings from. */
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public Integer call() {
    return ServeCommand.serve(serveOptions, environment, spec.commandLine());
  }
}
