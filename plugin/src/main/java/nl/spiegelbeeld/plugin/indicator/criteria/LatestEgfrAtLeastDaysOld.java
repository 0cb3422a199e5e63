package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;

/**
 * The most recent eGFR in the lab window was taken {@code days} days or more before P ({@code P −
 * date ≥ days}; NIER-02: "90 days or more before P"). False without an eGFR in the window.
 *
 * <pre>{@code {"type": "latestEgfrAtLeastDaysOld", "days": 90}}</pre>
 */
public record LatestEgfrAtLeastDaysOld(int days) implements Criterion {

  public LatestEgfrAtLeastDaysOld {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return patient
        .egfrIn(parameters.labWindowOrPeriod())
        .latest()
        .map(f -> ChronoUnit.DAYS.between(f.date(), patient.referenceDate()) >= days)
        .orElse(false);
  }

  @Override
  public String describe() {
    return "meest recente eGFR ≥ " + days + " dagen vóór de peildatum";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
