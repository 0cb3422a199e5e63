package nl.spiegelbeeld.plugin;

import java.util.Map;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.plugin.indicator.cli.ExportMeasuresCommand;
import nl.spiegelbeeld.plugin.measure.MeasureCommand;
import nl.spiegelbeeld.plugin.sharing.BenchmarkKeyCommand;
import nl.spiegelbeeld.plugin.sharing.ShareCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code spiegelbeeld} command line. {@code serve} is the default sub-command, so its flags
 * also work without naming it ({@code java -jar spiegelbeeld.jar --port 9000}). Scheduled
 * measurements ({@code measure}) will be a sibling of {@code serve}.
 */
@Command(
    name = "spiegelbeeld",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {
      ServeCommand.class,
      MeasureCommand.class,
      ExportMeasuresCommand.class,
      ShareCommand.class,
      BenchmarkKeyCommand.class
    },
    description = "Spiegelbeeld: spiegelinformatie voor de huisartsenpraktijk.")
public final class SpiegelbeeldCommand implements Callable<Integer> {

  private final Map<String, String> environment;

  @Mixin ServeOptions serveOptions;

  @Spec CommandLine.Model.CommandSpec spec;

  /**
   * @param environment the environment settings are read from; the only place it is passed in
   */
  public SpiegelbeeldCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    int exitCode = new CommandLine(new SpiegelbeeldCommand(System.getenv())).execute(args);
    // On success `serve` has started Jetty, whose threads keep the JVM running: no exit then.
    if (exitCode != CommandLine.ExitCode.OK) {
      System.exit(exitCode);
    }
  }

  Map<String, String> environment() {
    return environment;
  }

  @Override
  public Integer call() {
    return ServeCommand.serve(serveOptions, environment, spec.commandLine());
  }
}
