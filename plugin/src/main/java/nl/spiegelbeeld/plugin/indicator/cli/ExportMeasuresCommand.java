package nl.spiegelbeeld.plugin.indicator.cli;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.fhir.MeasureExport;
import org.hl7.fhir.r4.model.Bundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spiegelbeeld export-measures}: the catalogue as a FHIR {@code collection} Bundle of
 * Measures, for the benchmark operator to register (so the benchmark knows every measure's
 * canonical URL, version and shared strata from the definitions themselves).
 */
@Command(
    name = "export-measures",
    mixinStandardHelpOptions = true,
    description =
        "Schrijf alle indicatordefinities als FHIR Measure-bundel (voor de benchmarkbeheerder).")
public final class ExportMeasuresCommand implements Callable<Integer> {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "BESTAND",
      description = "Waar de bundel (JSON) komt.")
  Path out;

  @Option(
      names = "--module",
      split = ",",
      paramLabel = "MODULE",
      description = "Alleen deze modules (standaard: alle).")
  List<String> modules;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Catalogue catalogue = Catalogue.load();
    PrintWriter err = spec.commandLine().getErr();
    if (modules != null && !catalogue.modules().containsAll(modules)) {
      err.println("Onbekende module; kies uit: " + String.join(", ", catalogue.modules()) + ".");
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (IndicatorDefinition d : catalogue.definitions()) {
      if (modules == null || modules.contains(d.module())) {
        bundle.addEntry().setFullUrl(d.canonicalUrl()).setResource(MeasureExport.of(d));
      }
    }
    String json =
        FhirContext.forR4Cached()
            .newJsonParser()
            .setPrettyPrint(true)
            .encodeResourceToString(bundle);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".measures", ".json");
    Files.writeString(tmp, json, StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine()
        .getOut()
        .println(bundle.getEntry().size() + " indicatordefinities geschreven naar " + out + ".");
    spec.commandLine().getOut().flush();
    return CommandLine.ExitCode.OK;
  }
}
