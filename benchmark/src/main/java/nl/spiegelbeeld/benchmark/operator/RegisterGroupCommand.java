package nl.spiegelbeeld.benchmark.operator;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.group.PeerGroup;
import nl.spiegelbeeld.benchmark.group.UnknownPractices;
import nl.spiegelbeeld.benchmark.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code register-group}: creates a peer group with its members. */
@Command(
    name = "register-group",
    mixinStandardHelpOptions = true,
    description = "Maak een groep (wijkgroep, hagro) met haar leden.")
public final class RegisterGroupCommand extends OperatorCommand {

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAAM",
      description = "Naam van de groep.")
  String name;

  @Option(
      names = "--member",
      required = true,
      paramLabel = "AGB",
      description = "AGB-code van een lid (herhaal de optie; de praktijk is al geregistreerd).")
  List<String> members;

  @Option(
      names = "--k",
      paramLabel = "K",
      defaultValue = "5",
      description = "Onderdrukkingsdrempel: cellen 1 tot k−1 worden onderdrukt (standaard 5).")
  int k;

  @Option(
      names = "--compare-by-name",
      description = "De leden zien elkaar bij naam (alleen als de groep dat heeft afgesproken).")
  boolean compareByName;

  @Override
  void run(Database db, PrintWriter out) {
    if (name.isBlank()) {
      throw new OperatorInputRefused("--name mag niet leeg zijn.");
    }
    if (k < 1) {
      throw new OperatorInputRefused("--k moet 1 of meer zijn.");
    }
    PeerGroup g;
    try {
      g = new GroupStore(db, Clock.systemUTC()).create(name.strip(), members, k, compareByName);
    } catch (UnknownPractices e) {
      throw new OperatorInputRefused(e.getMessage());
    }
    out.println(
        "Groep "
            + g.id()
            + " ("
            + g.name()
            + ") gemaakt met "
            + g.members().size()
            + " leden, k = "
            + g.suppressionK()
            + (g.compareByName() ? ", vergelijkt bij naam." : ", vergelijkt zonder namen."));
  }
}
