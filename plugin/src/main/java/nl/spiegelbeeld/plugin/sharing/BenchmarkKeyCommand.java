package nl.spiegelbeeld.plugin.sharing;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark-key}: makes the demo's benchmark key in a directory once (what the app does on
 * its first start with the embedded database), so the public part can be registered first.
 */
@Command(
    name = "benchmark-key",
    description =
        "Maak (eenmalig) de demo-sleutel voor de benchmarkdienst en druk het pad van het publieke"
            + " deel (JWK Set) af.")
public final class BenchmarkKeyCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dir",
      defaultValue = "data",
      description = "Map van de sleutel (standaard ${DEFAULT-VALUE}, naast de data van de app).")
  Path dir;

  @Override
  public Integer call() {
    BenchmarkKey.loadOrCreate(dir);
    spec.commandLine().getOut().println(dir.resolve(BenchmarkKey.PUBLIC_FILE));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
