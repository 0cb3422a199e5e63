package nl.spiegelbeeld.benchmark.fhir;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.javalin.http.Context;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** FHIR OperationOutcomes: how the {@code /fhir} endpoints answer, refusals and successes alike. */
public final class Outcomes {

  /** With the charset: Jetty would otherwise encode an unknown media type as ISO-8859-1. */
  public static final String FHIR_JSON = "application/fhir+json; charset=utf-8";

  private Outcomes() {}

  /**
   * One issue.
   *
   * @param type a FHIR issue-type code, e.g. {@code business-rule}
   * @param expression a FHIRPath, or null
   * @param diagnostics Dutch text
   */
  public record Entry(IssueSeverity severity, String type, String expression, String diagnostics) {}

  public static OperationOutcome of(List<Entry> entries) {
    OperationOutcome outcome = new OperationOutcome();
    for (Entry e : entries) {
      OperationOutcome.OperationOutcomeIssueComponent issue =
          outcome
              .addIssue()
              .setSeverity(e.severity())
              .setCode(IssueType.fromCode(e.type()))
              .setDiagnostics(e.diagnostics());
      if (e.expression() != null) {
        issue.addExpression(e.expression());
      }
    }
    return outcome;
  }

  public static void write(Context ctx, int status, OperationOutcome outcome) {
    ctx.status(status)
        .contentType(FHIR_JSON)
        .result(WireFormat.writer().encodeResourceToString(outcome).getBytes(UTF_8));
  }

  /** A single error issue, e.g. for a refused authentication on a FHIR path. */
  public static void error(Context ctx, int status, String type, String diagnostics) {
    write(ctx, status, of(List.of(new Entry(IssueSeverity.ERROR, type, null, diagnostics))));
  }
}
