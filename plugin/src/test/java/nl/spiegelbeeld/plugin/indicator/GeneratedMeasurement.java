package nl.spiegelbeeld.plugin.indicator;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.model.PatientRecord;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.indicator.engine.Run;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/**
 * A complete measurement of one synthetic practice, generated in memory and evaluated by the
 * engine, with the patients' labels as the HIS would show them: what the screens' tests show.
 */
public final class GeneratedMeasurement {

  private GeneratedMeasurement() {}

  /** One practice of {@code listSize} patients (scenario records only) on {@code p}. */
  public static PracticeMeasurement of(
      Catalogue catalogue, String name, String agb, int listSize, long seed, LocalDate p) {
    PracticeProfile profile = PracticeProfile.average(name, agb, listSize);
    GeneratedPractices endpoint =
        new GeneratedPractices(
            new GeneratorSettings(seed, p, false),
            List.of(profile),
            catalogue.terminology().lists());
    Practice practice = endpoint.practice(0);
    Run run = new Engine(catalogue).start(practice, p);
    List<PatientInput> inputs = new ArrayList<>();
    Map<String, PatientLabel> labels = new HashMap<>();
    endpoint.forEachPatient(
        0,
        (generated, input) -> {
          run.add(input);
          inputs.add(input);
          PatientRecord r = generated.record();
          labels.put(
              input.patient().id(),
              new PatientLabel(
                  r.givenName().charAt(0) + ". " + r.familyName(), r.birthDate(), r.hisNumber()));
        });
    PracticeData data =
        new PracticeData(
            URI.create("http://localhost/fhir"),
            new PracticeIdentity(agb, name, "Organization/org-" + agb, practice),
            p,
            inputs,
            labels,
            List.of(),
            p.atTime(13, 0).toInstant(ZoneOffset.UTC));
    return new PracticeMeasurement(data, run.finish());
  }
}
