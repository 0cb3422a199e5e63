package nl.spiegelbeeld.plugin.indicator.criteria;

import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;

/**
 * Repeated eGFR below T in the lab window (parameter {@code labWindow}, {@code [P − 729, P]}): two
 * values below T whose dates are at least {@code minDaysApart} days apart, values in between
 * allowed, and the most recent eGFR in the window below T (indicators.md §3). A {@code >}/{@code ≥}
 * value (such as {@code >90}) is never below.
 *
 * <pre>{@code {"type": "repeatedEgfrBelow", "threshold": 60, "minDaysApart": 90}}</pre>
 */
public record RepeatedEgfrBelow(int threshold, int minDaysApart) implements Criterion {

  public RepeatedEgfrBelow {
    if (threshold <= 0 || minDaysApart < 0) {
      throw new IllegalArgumentException("threshold > 0 and minDaysApart ≥ 0");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return EgfrRules.repeatedBelow(
        patient.egfrIn(parameters.labWindowOrPeriod()),
        BigDecimal.valueOf(threshold),
        minDaysApart);
  }

  @Override
  public String describe() {
    return "herhaald eGFR < "
        + threshold
        + " (twee waarden ≥ "
        + minDaysApart
        + " dagen uit elkaar, laatste waarde < "
        + threshold
        + ") in het labvenster";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
