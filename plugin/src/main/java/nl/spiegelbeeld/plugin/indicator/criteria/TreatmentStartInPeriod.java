package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;

/**
 * A treatment start of the class in the measurement period: the start of an interval with no
 * interval of the class overlapping the 365 days before it (indicators.md §1, FP start; OST-09).
 *
 * <pre>{@code {"type": "treatmentStartInPeriod", "class": "atc-fractuurpreventie"}}</pre>
 */
public record TreatmentStartInPeriod(String atcClass) implements Criterion {

  public TreatmentStartInPeriod {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return patient.firstTreatmentStart(atcClass, parameters.measurementPeriod()).isPresent();
  }

  @Override
  public String describe() {
    return "start van " + atcClass + " in de meetperiode (geen gebruik in de 365 dagen ervoor)";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
