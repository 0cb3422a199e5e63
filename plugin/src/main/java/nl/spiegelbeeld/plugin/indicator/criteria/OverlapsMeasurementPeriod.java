package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An episode of the class overlaps the measurement period: its start ≤ P and its {@code
 * endExclusive} after the period's first day {@code P − 364} (OST-08).
 *
 * <pre>{@code {"type": "overlapsMeasurementPeriod", "class": "atc-fractuurpreventie"}}</pre>
 */
public record OverlapsMeasurementPeriod(String atcClass) implements Criterion {

  public OverlapsMeasurementPeriod {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    LocalDate p = patient.referenceDate();
    LocalDate first = parameters.measurementPeriod().firstDay(p);
    return patient.episodes(atcClass, parameters.gapDays()).stream()
        .anyMatch(e -> !e.start().isAfter(p) && e.endExclusive().isAfter(first));
  }

  @Override
  public String describe() {
    return "episode van " + atcClass + " overlapt de meetperiode";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
