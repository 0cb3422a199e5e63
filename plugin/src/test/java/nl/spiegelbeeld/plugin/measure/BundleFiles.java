package nl.spiegelbeeld.plugin.measure;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.mappings.mapping.MedicationRequestMapper;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.Run;
import nl.spiegelbeeld.plugin.pull.FactsMapper;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;

/**
 * The engine's evaluation of one practice read from the generator's NDJSON files (one per resource
 * type), without any FHIR server: the reference the pulled measurement must equal.
 */
final class BundleFiles {

  private BundleFiles() {}

  static Evaluation evaluate(Path practiceDir, Path atcTable, Catalogue catalogue, LocalDate p)
      throws IOException {
    IParser parser = FhirContext.forR4Cached().newJsonParser();
    Map<String, List<Resource>> byPatient = new HashMap<>();
    for (String type :
        List.of("Patient", "Condition", "EpisodeOfCare", "MedicationRequest", "Observation")) {
      for (Resource r : read(practiceDir.resolve(type + ".ndjson"), parser)) {
        byPatient.computeIfAbsent(patientOf(r), k -> new ArrayList<>()).add(r);
      }
    }
    List<Medication> medications = new ArrayList<>();
    read(practiceDir.resolve("Medication.ndjson"), parser)
        .forEach(r -> medications.add((Medication) r));
    GStandaardAtcTable table;
    try (Reader reader = Files.newBufferedReader(atcTable, StandardCharsets.UTF_8)) {
      table = GStandaardAtcTable.read(reader);
    }
    FactsMapper mapper = new FactsMapper(catalogue.terminology().lists(), table);
    Run run = new Engine(catalogue).start(practice(practiceDir, parser), p);
    var index = MedicationRequestMapper.index(medications);
    for (List<Resource> resources : byPatient.values()) {
      // Resources without a (known) patient are unattributed in a pull too: no patient input.
      if (resources.stream().anyMatch(r -> r.fhirType().equals("Patient"))) {
        run.add(mapper.map(resources, index));
      }
    }
    return run.finish();
  }

  private static Practice practice(Path dir, IParser parser) throws IOException {
    Set<String> references = new HashSet<>();
    Set<String> identifiers = new HashSet<>();
    for (String type : List.of("Organization", "Practitioner", "PractitionerRole")) {
      for (Resource r : read(dir.resolve(type + ".ndjson"), parser)) {
        references.add(type + "/" + r.getIdElement().getIdPart());
        List<Identifier> ids =
            r instanceof Organization o
                ? o.getIdentifier()
                : r instanceof Practitioner pr ? pr.getIdentifier() : List.of();
        ids.forEach(i -> identifiers.add(Practice.identifier(i.getSystem(), i.getValue())));
      }
    }
    return new Practice(references, identifiers, false);
  }

  private static String patientOf(Resource r) {
    if (r instanceof Condition c) {
      return c.getSubject().getReference();
    } else if (r instanceof EpisodeOfCare e) {
      return e.getPatient().getReference();
    } else if (r instanceof MedicationRequest m) {
      return m.getSubject().getReference();
    } else if (r instanceof Observation o) {
      return o.getSubject().getReference();
    }
    return "Patient/" + r.getIdElement().getIdPart();
  }

  private static List<Resource> read(Path file, IParser parser) throws IOException {
    List<Resource> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          out.add((Resource) parser.parseResource(line));
        }
      }
    }
    return out;
  }
}
