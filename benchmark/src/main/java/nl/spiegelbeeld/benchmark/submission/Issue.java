package nl.spiegelbeeld.benchmark.submission;

import java.util.Objects;

/**
 * One thing wrong with a submitted report, as it will appear in the OperationOutcome.
 *
 * @param type the FHIR issue type ({@code invalid}, {@code value}, {@code required}, {@code
 *     forbidden}, {@code not-found}, {@code business-rule}, {@code security}, {@code
 *     not-supported})
 * @param expression where, as a FHIRPath, e.g. {@code MeasureReport.group[0].population[2].count}
 * @param diagnostics what is wrong and what to do, in Dutch, naming the indicator and stratum
 */
public record Issue(String type, String expression, String diagnostics) {

  public Issue {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(diagnostics, "diagnostics");
  }

  /** The reporter is another practice than the one authenticated: answered with 403. */
  public boolean forbidden() {
    return type.equals("forbidden");
  }
}
