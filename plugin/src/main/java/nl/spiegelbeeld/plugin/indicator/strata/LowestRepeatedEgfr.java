package nl.spiegelbeeld.plugin.indicator.strata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.derive.LabSeries;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.EgfrRules;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * The lowest threshold whose "repeated eGFR below T" holds in the lab window (NIER-01: < 30 / 30–49
 * / 50–59): bands in ascending threshold order, the first that holds; {@code none} when none does.
 *
 * <pre>{@code
 * {"type": "lowestRepeatedEgfr", "minDaysApart": 90, "bands": [
 *   {"code": "lt30", "label": "< 30", "threshold": 30},
 *   {"code": "30-49", "label": "30–49", "threshold": 50},
 *   {"code": "50-59", "label": "50–59", "threshold": 60}]}
 * }</pre>
 */
public record LowestRepeatedEgfr(int minDaysApart, List<Band> bands) implements Stratifier {

  /** One band: repeated eGFR below {@code threshold}. */
  public record Band(String code, String label, int threshold) {
    public Band {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
    }
  }

  public LowestRepeatedEgfr {
    bands = List.copyOf(bands);
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("at least one band");
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).threshold() <= bands.get(i - 1).threshold()) {
        throw new IllegalArgumentException("band thresholds must ascend");
      }
    }
  }

  @Override
  public String id() {
    return "lowest-egfr-threshold";
  }

  @Override
  public String title() {
    return "Laagste herhaald onderschreden eGFR-grens";
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    LabSeries window = patient.egfrIn(parameters.labWindowOrPeriod());
    for (Band band : bands) {
      if (EgfrRules.repeatedBelow(window, BigDecimal.valueOf(band.threshold()), minDaysApart)) {
        return band.code();
      }
    }
    return NONE;
  }

  @Override
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    bands.forEach(b -> codes.add(b.code()));
    codes.add(NONE);
    return codes;
  }

  @Override
  public String label(String code, Terminology terminology) {
    return bands.stream()
        .filter(b -> b.code().equals(code))
        .map(Band::label)
        .findFirst()
        .orElse("niet herhaald verlaagd");
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
