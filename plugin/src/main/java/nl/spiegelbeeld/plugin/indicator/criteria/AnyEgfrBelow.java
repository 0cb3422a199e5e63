package nl.spiegelbeeld.plugin.indicator.criteria;

import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;

/**
 * Any eGFR in the lab window below T (NIER-03 asks for none below 60).
 *
 * <pre>{@code {"type": "anyEgfrBelow", "threshold": 60}}</pre>
 */
public record AnyEgfrBelow(int threshold) implements Criterion {

  public AnyEgfrBelow {
    if (threshold <= 0) {
      throw new IllegalArgumentException("threshold must be positive");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return EgfrRules.anyBelow(
        patient.egfrIn(parameters.labWindowOrPeriod()), BigDecimal.valueOf(threshold));
  }

  @Override
  public String describe() {
    return "een eGFR < " + threshold + " in het labvenster";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
