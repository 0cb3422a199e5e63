package nl.spiegelbeeld.plugin.indicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportMeasuresCommandTest {

  @TempDir Path dir;

  @Test
  void writesEveryDefinitionOfTheChosenModuleAsAMeasure() throws Exception {
    Path out = dir.resolve("sub/measures.json");
    int exit =
        new CommandLine(new ExportMeasuresCommand())
            .execute("--out", out.toString(), "--module", "nierfunctie");

    assertThat(exit).isZero();
    Bundle bundle =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(Bundle.class, Files.readString(out));
    long expected =
        Catalogue.load().definitions().stream()
            .filter(d -> d.module().equals("nierfunctie"))
            .count();
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(bundle.getEntry()).hasSize((int) expected);
    assertThat(bundle.getEntry())
        .allSatisfy(
            e -> {
              Measure m = (Measure) e.getResource();
              assertThat(m.getUrl()).isEqualTo(e.getFullUrl());
              assertThat(m.getVersion()).isNotBlank();
            });
  }

  @Test
  void anUnknownModuleIsABadArgument() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExportMeasuresCommand());
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("--out", dir.resolve("m.json").toString(), "--module", "diabetes");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("Onbekende module");
    assertThat(dir.resolve("m.json")).doesNotExist();
  }
}
