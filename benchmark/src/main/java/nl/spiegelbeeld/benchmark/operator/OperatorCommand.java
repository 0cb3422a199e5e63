package nl.spiegelbeeld.benchmark.operator;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.benchmark.BenchmarkCommand;
import nl.spiegelbeeld.benchmark.config.InvalidConfiguration;
import nl.spiegelbeeld.benchmark.storage.Database;
import nl.spiegelbeeld.benchmark.storage.DatabaseStartFailed;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every operator command shares: the database options, and turning failures into a Dutch
 * message and an exit code (2 wrong input, 1 the database failed).
 */
abstract class OperatorCommand implements Callable<Integer> {

  @ParentCommand BenchmarkCommand parent;

  @Mixin DatabaseOptions database;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The work, with a started database; prints its result. */
  abstract void run(Database db, PrintWriter out);

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      database.with(
          parent.environment(),
          db -> {
            run(db, out);
            return null;
          });
      out.flush();
      return CommandLine.ExitCode.OK;
    } catch (InvalidConfiguration e) {
      e.problems().forEach(p -> err.println("  - " + p));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    } catch (OperatorInputRefused | IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return CommandLine.ExitCode.USAGE;
    } catch (DatabaseStartFailed e) {
      err.println("De database start niet: " + e.getMessage());
      err.flush();
      return CommandLine.ExitCode.SOFTWARE;
    }
  }
}
