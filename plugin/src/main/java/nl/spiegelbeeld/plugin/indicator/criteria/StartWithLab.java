package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.facts.LabFact;

/**
 * The first treatment start of the class in the measurement period had every lab component in
 * {@code [start − lookbackDays, start + daysAfterStart]} (OST-09; the NIV-richtlijn's lab before
 * starting fracture prevention). A value is present when it is a number (indicators.md §1, Lab
 * values): a result that is text only does not count. False without a start.
 *
 * <pre>{@code
 * {"type": "startWithLab", "class": "atc-fractuurpreventie", "lookbackDays": 365,
 *  "daysAfterStart": 0,
 *  "components": [{"id": "a", "label": "25-OH vitamine D", "anyOf": [["lab-vitamine-d"]]}, ...]}
 * }</pre>
 */
public record StartWithLab(
    String atcClass, List<LabComponent> components, int lookbackDays, int daysAfterStart)
    implements Criterion {

  public StartWithLab {
    Objects.requireNonNull(atcClass, "atcClass");
    components = List.copyOf(components);
    if (components.isEmpty() || lookbackDays < 0 || daysAfterStart < 0) {
      throw new IllegalArgumentException("components needed; lookback and days after ≥ 0");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    Optional<LocalDate> start =
        patient.firstTreatmentStart(atcClass, parameters.measurementPeriod());
    return start.isPresent() && missing(patient, start.get()).isEmpty();
  }

  /** The components without a value in the window around {@code start}. */
  public List<LabComponent> missing(PatientView patient, LocalDate start) {
    LocalDate from = start.minusDays(lookbackDays);
    LocalDate to = start.plusDays(daysAfterStart);
    List<LabComponent> missing = new ArrayList<>();
    for (LabComponent c : components) {
      boolean present =
          c.anyOf().stream()
              .anyMatch(option -> option.stream().allMatch(a -> hasValue(patient, a, from, to)));
      if (!present) {
        missing.add(c);
      }
    }
    return missing;
  }

  private static boolean hasValue(
      PatientView patient, String analyte, LocalDate from, LocalDate to) {
    for (LabFact f : patient.labValues(analyte)) {
      if (!f.date().isBefore(from) && !f.date().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String describe() {
    List<String> labels = components.stream().map(LabComponent::label).toList();
    return "lab in [start − "
        + lookbackDays
        + " d, start + "
        + daysAfterStart
        + " d] rond de eerste start van "
        + atcClass
        + " in de meetperiode: "
        + String.join("; ", labels);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    List<CodeListUse> uses = new ArrayList<>(List.of(CodeListUse.medicationClass(atcClass)));
    for (LabComponent c : components) {
      c.anyOf().forEach(option -> option.forEach(a -> uses.add(CodeListUse.lab(a))));
    }
    return uses;
  }
}
