package nl.spiegelbeeld.benchmark.submission;

import ca.uhn.fhir.parser.DataFormatException;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.benchmark.auth.Caller;
import nl.spiegelbeeld.benchmark.fhir.Outcomes;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.practice.Practice;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /fhir/MeasureReport} (one summary report) and {@code POST /fhir} (a {@code
 * collection} Bundle of them): checks every report, then stores all or none. Answers with an
 * OperationOutcome: 200 with one information issue per stored report; 400 when the body is not FHIR
 * R4 JSON of the right type; 403 when a report is another practice's; 422 with every problem
 * otherwise.
 */
public final class SubmissionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionHandler.class);
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  private final MeasureStore measures;
  private final GroupStore groups;
  private final SubmissionStore submissions;

  public SubmissionHandler(MeasureStore measures, GroupStore groups, SubmissionStore submissions) {
    this.measures = measures;
    this.groups = groups;
    this.submissions = submissions;
  }

  /** {@code POST /fhir/MeasureReport}. */
  public void one(Context ctx) {
    parse(ctx, MeasureReport.class)
        .ifPresent(r -> submit(ctx, List.of(r), List.of("MeasureReport")));
  }

  /** {@code POST /fhir}: a collection Bundle whose entries are all MeasureReports. */
  public void bundle(Context ctx) {
    Optional<Bundle> parsed = parse(ctx, Bundle.class);
    if (parsed.isEmpty()) {
      return;
    }
    Bundle bundle = parsed.get();
    if (bundle.getType() != Bundle.BundleType.COLLECTION) {
      Outcomes.error(ctx, 400, "invalid", "Stuur de rapporten als een Bundle van type collection.");
      return;
    }
    List<MeasureReport> reports = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      Resource resource = bundle.getEntry().get(i).getResource();
      if (!(resource instanceof MeasureReport report)) {
        Outcomes.error(
            ctx,
            400,
            "invalid",
            "Bundle.entry["
                + i
                + "] is geen MeasureReport; de bundel mag alleen samenvattende MeasureReports"
                + " bevatten.");
        return;
      }
      reports.add(report);
      paths.add("Bundle.entry[" + i + "].resource");
    }
    if (reports.isEmpty()) {
      Outcomes.error(ctx, 400, "required", "De bundel bevat geen rapporten.");
      return;
    }
    submit(ctx, reports, paths);
  }

  private void submit(Context ctx, List<MeasureReport> reports, List<String> paths) {
    Practice practice = Caller.of(ctx).practice();
    int k = GroupStore.strictestK(groups.of(practice.id()));
    ReportCheck check = new ReportCheck(practice.agb(), k, measures::find);
    List<Issue> issues = new ArrayList<>();
    List<CheckedReport> checked = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      ReportCheck.Outcome outcome = check.check(reports.get(i), paths.get(i));
      issues.addAll(outcome.issues());
      outcome.report().ifPresent(checked::add);
      if (outcome.report().isPresent() && !keys.add(outcome.report().get().key())) {
        issues.add(
            new Issue(
                "duplicate",
                paths.get(i),
                outcome.report().get().measure().shortName()
                    + ": deze indicator en periode staan twee keer in de bundel."));
      }
    }
    if (!issues.isEmpty()) {
      // Counts and issue types only: the diagnostics may quote the report.
      LOG.info("Refused {} report(s): {} issue(s)", reports.size(), issues.size());
      boolean forbidden = issues.stream().anyMatch(Issue::forbidden);
      Outcomes.write(
          ctx,
          forbidden ? 403 : 422,
          Outcomes.of(
              issues.stream()
                  .map(
                      i ->
                          new Outcomes.Entry(
                              IssueSeverity.ERROR, i.type(), i.expression(), i.diagnostics()))
                  .toList()));
      return;
    }
    List<SubmissionStore.Stored> stored = submissions.save(practice.id(), checked);
    LOG.info("Stored {} report(s)", stored.size());
    List<Outcomes.Entry> entries = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      CheckedReport r = checked.get(i);
      entries.add(
          new Outcomes.Entry(
              IssueSeverity.INFORMATION,
              "informational",
              paths.get(i),
              r.measure().shortName()
                  + " versie "
                  + r.measure().version()
                  + ", periode "
                  + dutch(r.periodStart())
                  + " t/m "
                  + dutch(r.periodEnd())
                  + (stored.get(i) == SubmissionStore.Stored.REPLACED
                      ? ": opgeslagen; vervangt de eerdere inzending."
                      : ": opgeslagen.")));
    }
    Outcomes.write(ctx, 200, Outcomes.of(entries));
  }

  private static <T extends IBaseResource> Optional<T> parse(Context ctx, Class<T> type) {
    try {
      return Optional.of(WireFormat.strictParser().parseResource(type, ctx.body()));
    } catch (DataFormatException | ClassCastException e) {
      Outcomes.error(
          ctx,
          400,
          "structure",
          "Het bericht is geen geldige FHIR R4 JSON "
              + type.getSimpleName()
              + ": "
              + e.getMessage());
      return Optional.empty();
    }
  }

  private static String dutch(LocalDate date) {
    return DUTCH_DATE.format(date);
  }
}
