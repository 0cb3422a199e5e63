package nl.spiegelbeeld.plugin.indicator.criteria;

import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;

/**
 * The most recent eGFR in the lab window is below T (NIER-02).
 *
 * <pre>{@code {"type": "latestEgfrBelow", "threshold": 60}}</pre>
 */
public record LatestEgfrBelow(int threshold) implements Criterion {

  public LatestEgfrBelow {
    if (threshold <= 0) {
      throw new IllegalArgumentException("threshold must be positive");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return EgfrRules.latestBelow(
        patient.egfrIn(parameters.labWindowOrPeriod()), BigDecimal.valueOf(threshold));
  }

  @Override
  public String describe() {
    return "meest recente eGFR in het labvenster < " + threshold;
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
