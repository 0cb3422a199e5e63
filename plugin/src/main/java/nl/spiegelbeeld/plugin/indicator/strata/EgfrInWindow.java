package nl.spiegelbeeld.plugin.indicator.strata;

import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.derive.LabSeries;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.EgfrRules;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * What the lab window holds of eGFR (NIER-03): {@code no-egfr}, {@code only-ge60} (values, none
 * below T), {@code lt60} (at least one below T); the codes carry the threshold.
 *
 * <pre>{@code {"type": "egfrInWindow", "threshold": 60}}</pre>
 */
public record EgfrInWindow(int threshold) implements Stratifier {

  public EgfrInWindow {
    if (threshold <= 0) {
      throw new IllegalArgumentException("threshold must be positive");
    }
  }

  @Override
  public String id() {
    return "egfr-in-window";
  }

  @Override
  public String title() {
    return "eGFR in het labvenster";
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    LabSeries window = patient.egfrIn(parameters.labWindowOrPeriod());
    if (window.isEmpty()) {
      return "no-egfr";
    }
    return EgfrRules.anyBelow(window, BigDecimal.valueOf(threshold))
        ? "lt" + threshold
        : "only-ge" + threshold;
  }

  @Override
  public List<String> codes() {
    return List.of("no-egfr", "only-ge" + threshold, "lt" + threshold);
  }

  @Override
  public String label(String code, Terminology terminology) {
    if (code.equals("no-egfr")) {
      return "geen eGFR";
    }
    return code.startsWith("only-ge") ? "alleen eGFR ≥ " + threshold : "eGFR < " + threshold;
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
