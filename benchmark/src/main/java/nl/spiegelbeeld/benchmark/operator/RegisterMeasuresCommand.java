package nl.spiegelbeeld.benchmark.operator;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.measure.InvalidMeasure;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.storage.Database;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Measure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code register-measures FILE}: registers the indicator definitions (FHIR Measures, as the plugin
 * exports its catalogue) that practices may report on. All or none.
 */
@Command(
    name = "register-measures",
    mixinStandardHelpOptions = true,
    description =
        "Registreer indicatordefinities: een FHIR Bundle van Measures (of één Measure) in JSON.")
public final class RegisterMeasuresCommand extends OperatorCommand {

  @Parameters(paramLabel = "BESTAND", description = "JSON-bestand met een Bundle van Measures.")
  Path file;

  @Override
  void run(Database db, PrintWriter out) {
    List<Measure> measures = read(file);
    List<MeasureStore.Outcome> outcomes;
    try {
      outcomes = new MeasureStore(db, Clock.systemUTC()).register(measures);
    } catch (InvalidMeasure e) {
      throw new OperatorInputRefused(
          "Niets geregistreerd:\n  - " + String.join("\n  - ", e.problems()));
    }
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      out.println(
          m.getUrl()
              + "|"
              + m.getVersion()
              + (outcomes.get(i) == MeasureStore.Outcome.ADDED
                  ? ": geregistreerd."
                  : ": was al geregistreerd."));
    }
  }

  private static List<Measure> read(Path file) {
    IBaseResource resource;
    try {
      resource =
          WireFormat.context()
              .newJsonParser()
              .parseResource(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OperatorInputRefused("Het bestand " + file + " is niet te lezen.");
    } catch (DataFormatException e) {
      throw new OperatorInputRefused(
          "Het bestand " + file + " is geen FHIR R4 JSON: " + e.getMessage());
    }
    List<Measure> measures = new ArrayList<>();
    if (resource instanceof Measure m) {
      measures.add(m);
    } else if (resource instanceof Bundle b) {
      for (int i = 0; i < b.getEntry().size(); i++) {
        if (!(b.getEntry().get(i).getResource() instanceof Measure m)) {
          throw new OperatorInputRefused(
              "Bundle.entry[" + i + "] is geen Measure; de bundel mag alleen Measures bevatten.");
        }
        measures.add(m);
      }
    } else {
      throw new OperatorInputRefused("Het bestand bevat geen Measure en geen Bundle van Measures.");
    }
    if (measures.isEmpty()) {
      throw new OperatorInputRefused("De bundel bevat geen Measures.");
    }
    return measures;
  }
}
