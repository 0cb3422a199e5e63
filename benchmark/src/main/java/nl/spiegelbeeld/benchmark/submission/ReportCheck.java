package nl.spiegelbeeld.benchmark.submission;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;

/**
 * Checks one summary MeasureReport a practice submits (issue 7; indicators.md section 5) and
 * collects every problem, each naming the indicator, group and stratum: the measure is registered,
 * the reporter is the authenticated practice, the period is a date range, nothing patient-level or
 * free text is present, and the counts are consistent and disclose no cell between 1 and k−1 (see
 * {@link CountCheck}). Pure: the registered measures come in as a function.
 */
public final class ReportCheck {

  private static final Set<String> REPORT_EXTENSIONS =
      Set.of(WireFormat.EXT_DEFINITION_STATUS, WireFormat.EXT_LAB_WINDOW);

  private final String callerAgb;
  private final int k;
  private final BiFunction<String, String, Optional<MeasureDefinition>> measures;

  /**
   * @param callerAgb the AGB code of the authenticated practice
   * @param k the suppression threshold that applies to the practice (the strictest of its groups)
   * @param measures the registered measure for a URL and version
   */
  public ReportCheck(
      String callerAgb, int k, BiFunction<String, String, Optional<MeasureDefinition>> measures) {
    this.callerAgb = callerAgb;
    this.k = k;
    this.measures = measures;
  }

  /** The outcome: a report to store, or the problems (never both). */
  public record Outcome(Optional<CheckedReport> report, List<Issue> issues) {}

  /**
   * @param path the FHIRPath of the report in the request, e.g. {@code MeasureReport} or {@code
   *     Bundle.entry[2].resource}
   */
  public Outcome check(MeasureReport r, String path) {
    List<Issue> issues = new ArrayList<>();
    Issues at = new Issues(issues, path);
    Optional<MeasureDefinition> measure = measure(r, at);
    String name = measure.map(MeasureDefinition::shortName).orElse("het rapport");
    checkHeader(r, at, name);
    checkPatientLevel(r, at, name);
    LocalDate start = date(r.getPeriod().getStartElement().getValueAsString(), at, "start", name);
    LocalDate end = date(r.getPeriod().getEndElement().getValueAsString(), at, "end", name);
    if (start != null && end != null && end.isBefore(start)) {
      at.add("invalid", "period", name + ": de periode eindigt vóór het begin.");
    }
    List<CheckedReport.GroupResult> results = new ArrayList<>();
    if (measure.isPresent()) {
      results = checkGroups(r, measure.get(), at);
    }
    if (!issues.isEmpty()) {
      return new Outcome(Optional.empty(), issues);
    }
    return new Outcome(
        Optional.of(new CheckedReport(measure.get(), start, end, results, StoredForm.of(r))),
        List.of());
  }

  private Optional<MeasureDefinition> measure(MeasureReport r, Issues at) {
    String canonical = r.getMeasure();
    if (canonical == null || !canonical.contains("|")) {
      at.add(
          "required",
          "measure",
          "MeasureReport.measure moet de canonieke URL met versie zijn, zoals"
              + " https://spiegelbeeld.nl/fhir/Measure/OST-04|1.0.0.");
      return Optional.empty();
    }
    String url = canonical.substring(0, canonical.indexOf('|'));
    String version = canonical.substring(canonical.indexOf('|') + 1);
    Optional<MeasureDefinition> found = measures.apply(url, version);
    if (found.isEmpty()) {
      at.add(
          "not-found",
          "measure",
          "De benchmark kent indicator "
              + url
              + " versie "
              + version
              + " niet. Vraag de beheerder deze versie te registreren (register-measures) of"
              + " deel een geregistreerde versie.");
    }
    return found;
  }

  private void checkHeader(MeasureReport r, Issues at, String name) {
    if (r.getType() != MeasureReport.MeasureReportType.SUMMARY) {
      at.add(
          "invalid",
          "type",
          name + ": alleen samenvattende rapporten (type summary) mogen worden gedeeld.");
    }
    if (r.getStatus() != MeasureReport.MeasureReportStatus.COMPLETE) {
      at.add(
          "invalid",
          "status",
          name + ": alleen een volledig rapport (status complete) kan worden gedeeld.");
    }
    var id = r.getReporter().getIdentifier();
    if (!WireFormat.AGB_Z.equals(id.getSystem())
        || id.getValue() == null
        || !id.getValue().matches("\\d{8}")) {
      at.add(
          "required",
          "reporter.identifier",
          name
              + ": de rapporteur moet de praktijk zijn met haar AGB-code (8 cijfers, systeem "
              + WireFormat.AGB_Z
              + ").");
    } else if (!id.getValue().equals(callerAgb)) {
      at.add(
          "forbidden",
          "reporter.identifier",
          name
              + ": dit rapport is van een andere praktijk (AGB "
              + id.getValue()
              + ") dan de aangemelde ("
              + callerAgb
              + "); een praktijk deelt alleen haar eigen cijfers.");
    }
    for (int i = 0; i < r.getExtension().size(); i++) {
      Extension e = r.getExtension().get(i);
      if (WireFormat.EXT_NOTE.equals(e.getUrl())) {
        at.add(
            "invalid",
            "extension[" + i + "]",
            name
                + ": vrije tekst (report-note) wordt niet gedeeld; laat de toelichting weg, de"
                + " benchmark bewaart alleen codes en aantallen.");
      } else if (!REPORT_EXTENSIONS.contains(e.getUrl())) {
        at.add("not-supported", "extension[" + i + "]", name + ": " + unknownExtension(e));
      }
    }
    if (r.hasModifierExtension()) {
      at.add(
          "not-supported",
          "modifierExtension",
          name + ": modifierExtension wordt niet aangenomen.");
    }
  }

  /** Subject, evaluated resources, contained resources and narrative: never shared. */
  private static void checkPatientLevel(MeasureReport r, Issues at, String name) {
    String refused = " hoort niet in een gedeeld rapport: alleen aantallen verlaten de praktijk.";
    if (r.hasSubject()) {
      at.add("security", "subject", name + ": subject (een patiënt of groep)" + refused);
    }
    if (r.hasEvaluatedResource()) {
      at.add("security", "evaluatedResource", name + ": evaluatedResource" + refused);
    }
    if (r.hasContained()) {
      at.add("security", "contained", name + ": bijgevoegde resources (contained)" + refused);
    }
    if (r.hasText()) {
      at.add("security", "text", name + ": tekst (narrative)" + refused);
    }
  }

  private List<CheckedReport.GroupResult> checkGroups(
      MeasureReport r, MeasureDefinition measure, Issues at) {
    List<CheckedReport.GroupResult> results = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    if (r.getGroup().isEmpty()) {
      at.add("required", "group", measure.shortName() + ": het rapport bevat geen groep.");
    }
    for (int g = 0; g < r.getGroup().size(); g++) {
      MeasureReportGroupComponent group = r.getGroup().get(g);
      Issues here = at.in("group[" + g + "]");
      String code = code(group.getCode().getCoding(), WireFormat.GROUP_SYSTEM);
      if (code == null || !measure.groupCodes().contains(code)) {
        here.add(
            "invalid",
            "code",
            measure.shortName()
                + ": groep "
                + (code == null ? "zonder code" : "'" + code + "'")
                + " hoort niet bij "
                + measure.canonical()
                + "; bekend: "
                + String.join(", ", measure.groupCodes())
                + ".");
        continue;
      }
      if (seen.put(code, g) != null) {
        here.add("invalid", "code", code + ": deze groep staat twee keer in het rapport.");
        continue;
      }
      results.add(new CountCheck(k, measure, code, here).check(group));
    }
    return results;
  }

  private static LocalDate date(String value, Issues at, String part, String name) {
    String where = "period." + part;
    if (value == null) {
      at.add("required", where, name + ": de periode heeft geen " + part + "datum.");
      return null;
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not a date", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      at.add(
          "value",
          where,
          name + ": period." + part + " moet een datum zijn (JJJJ-MM-DD), niet '" + value + "'.");
      return null;
    }
  }

  static String code(List<Coding> codings, String system) {
    return codings.stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode())
        .map(Coding::getCode)
        .findFirst()
        .orElse(null);
  }

  static String unknownExtension(Extension e) {
    return "de extensie " + e.getUrl() + " wordt niet aangenomen (onbekend, of vrije tekst).";
  }
}
