package nl.spiegelbeeld.plugin.measure;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistEntry;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistResult;
import nl.spiegelbeeld.plugin.indicator.fhir.MeasureReportExport;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.PullStats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The files of one measurement, written into a fresh directory beside {@code out} and moved into
 * {@code out} only when all are written: a failed run leaves nothing that looks complete.
 *
 * <ul>
 *   <li>{@code measurereport-<indicator>.json}: the summary MeasureReport (counts per population
 *       and stratum; no patients);
 *   <li>{@code registratiekwaliteit.json}: registration problems by kind, and the pull's counts;
 *   <li>{@code worklist-<indicator>.csv}, only when asked: patient-level, for inside the practice.
 * </ul>
 */
final class MeasurementFiles {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MeasurementFiles() {}

  /** Writes every file and returns their names, in the order written. */
  static List<String> write(
      Path out,
      PracticeMeasurement measurement,
      PullStats stats,
      boolean worklists,
      FhirContext fhir,
      Date now)
      throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, out.getFileName() + ".partial-");
    try {
      List<String> names = new ArrayList<>();
      Evaluation evaluation = measurement.evaluation();
      for (IndicatorResult result : evaluation.indicators()) {
        String name = "measurereport-" + result.id() + ".json";
        var report =
            MeasureReportExport.summary(
                result, evaluation, measurement.data().practice().reporter(), now, false);
        Files.writeString(
            staging.resolve(name),
            fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(report),
            StandardCharsets.UTF_8);
        names.add(name);
      }
      JSON.writeValue(
          staging.resolve("registratiekwaliteit.json").toFile(), quality(measurement, stats));
      names.add("registratiekwaliteit.json");
      if (worklists) {
        for (IndicatorResult result : evaluation.indicators()) {
          if (result.worklist() != null) {
            String name = "worklist-" + result.id() + ".csv";
            worklist(staging.resolve(name), result.worklist(), measurement.data().labels());
            names.add(name);
          }
        }
      }
      Files.createDirectories(out);
      for (String name : names) {
        move(staging.resolve(name), out.resolve(name));
      }
      return names;
    } finally {
      delete(staging);
    }
  }

  /** Counts only: what a practice may show its group about its registration. */
  static Map<String, Object> quality(PracticeMeasurement measurement, PullStats stats) {
    Evaluation evaluation = measurement.evaluation();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("praktijk", measurement.data().practice().name());
    json.put("agb", measurement.data().practice().agb());
    json.put("peildatum", evaluation.referenceDate().toString());
    json.put("populatie", evaluation.population());
    List<Map<String, Object>> problems = new ArrayList<>();
    for (RegistrationProblem.Kind kind : RegistrationProblem.Kind.values()) {
      int count = evaluation.registrationProblems().getOrDefault(kind, 0);
      if (count > 0) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("soort", kind.name());
        p.put("omschrijving", kind.label());
        p.put("aantal", count);
        problems.add(p);
      }
    }
    json.put("registratieproblemen", problems);
    Map<String, Object> pulled = new LinkedHashMap<>();
    stats
        .byType()
        .forEach(
            (type, c) ->
                pulled.put(
                    type,
                    Map.of(
                        "verzoeken", c.requests(),
                        "paginas", c.pages(),
                        "gegevens", c.resources(),
                        "bytes", c.bytes())));
    json.put("opgehaald", pulled);
    return json;
  }

  private static void worklist(Path file, WorklistResult worklist, Map<String, PatientLabel> labels)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("patientnummer", "naam", "geboortedatum"));
    header.addAll(worklist.headers());
    header.add("toelichting");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(
                w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (WorklistEntry entry : worklist.entries()) {
        PatientLabel label = labels.get(entry.patientId());
        List<Object> row = new ArrayList<>();
        row.add(label == null ? "" : nullToEmpty(label.hisNumber()));
        row.add(label == null ? "" : nullToEmpty(label.name()));
        row.add(label == null || label.birthDate() == null ? "" : label.birthDate().toString());
        row.addAll(entry.values());
        row.add(entry.sentence());
        csv.printRecord(row);
      }
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
