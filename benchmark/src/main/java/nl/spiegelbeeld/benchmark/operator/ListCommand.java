package nl.spiegelbeeld.benchmark.operator;

import java.io.PrintWriter;
import java.time.Clock;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.group.PeerGroup;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code list practices|groups|measures}: what is registered. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Toon de geregistreerde praktijken, groepen of indicatoren.")
public final class ListCommand extends OperatorCommand {

  /** What to list. */
  enum What {
    practices,
    groups,
    measures
  }

  @Parameters(paramLabel = "WAT", description = "practices, groups of measures.")
  What what;

  @Override
  void run(Database db, PrintWriter out) {
    Clock clock = Clock.systemUTC();
    switch (what) {
      case practices -> {
        for (Practice p : new PracticeStore(db, clock).all()) {
          out.println(
              p.agb()
                  + "  "
                  + p.name()
                  + "  sleutel: "
                  + (p.jwks().isPresent()
                      ? "geregistreerd"
                      : p.jwksUrl().map(u -> "JWKS " + u).orElse("geen"))
                  + (p.context().listSize() == null ? "" : "  grootte: " + p.context().listSize()));
        }
      }
      case groups -> {
        for (PeerGroup g : new GroupStore(db, clock).all()) {
          out.println(
              g.id()
                  + "  "
                  + g.name()
                  + "  k = "
                  + g.suppressionK()
                  + (g.compareByName() ? "  bij naam" : "  zonder namen")
                  + "  leden: "
                  + String.join(", ", g.members().stream().map(Practice::agb).toList()));
        }
      }
      case measures -> {
        for (MeasureDefinition m : new MeasureStore(db, clock).all()) {
          out.println(
              m.canonical()
                  + "  "
                  + m.title()
                  + "  groepen: "
                  + String.join(", ", m.groupCodes())
                  + "  verbeterrichting: "
                  + m.improvementNotation());
        }
      }
    }
  }
}
