package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.derive.Episodes;

/**
 * Stopped before the standard treatment duration (OST-06): the class's last episode has {@code
 * endExclusive + G ≤ P} (stopped, indicators.md §1) and the cumulative duration of all the class's
 * episodes is less than the standard duration of the last episode's agent (3 years for zoledronic
 * acid, otherwise 5; parameter {@code standardDuration}).
 *
 * <pre>{@code {"type": "stoppedBeforeStandard", "class": "atc-bisfosfonaten"}}</pre>
 */
public record StoppedBeforeStandard(String atcClass) implements Criterion {

  public StoppedBeforeStandard {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    int g = parameters.gapDays();
    List<Episode> episodes = patient.episodes(atcClass, g);
    Optional<Episode> last = Episodes.last(episodes);
    return last.isPresent()
        && Episodes.isStopped(episodes, patient.referenceDate(), g)
        && parameters
            .standardDuration()
            .notReachedBy(Episodes.cumulativeDays(episodes), last.get().agent());
  }

  @Override
  public String describe() {
    return "gestopt met " + atcClass + " vóór de standaardbehandelduur van het laatste middel";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    // The standard duration's shorter agents (fhir-mappings StandardTreatmentDuration.standard).
    return List.of(
        CodeListUse.medicationClass(atcClass),
        CodeListUse.medicationClass(CodeListNames.ATC_ZOLEDRONIC_ACID));
  }
}
