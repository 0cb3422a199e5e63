package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.derive.Episodes;

/**
 * The cumulative duration of the class (sum of its episodes' lengths, years = days / 365.25) is
 * more than the standard duration of the agent of its last episode, which for a current user is the
 * current episode (OST-07).
 *
 * <pre>{@code {"type": "cumulativeExceedsStandard", "class": "atc-bisfosfonaten"}}</pre>
 */
public record CumulativeExceedsStandard(String atcClass) implements Criterion {

  public CumulativeExceedsStandard {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    List<Episode> episodes = patient.episodes(atcClass, parameters.gapDays());
    Optional<Episode> last = Episodes.last(episodes);
    return last.isPresent()
        && parameters
            .standardDuration()
            .exceededBy(Episodes.cumulativeDays(episodes), last.get().agent());
  }

  @Override
  public String describe() {
    return "cumulatieve duur van " + atcClass + " boven de standaardbehandelduur van het middel";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    // The standard duration's shorter agents (fhir-mappings StandardTreatmentDuration.standard).
    return List.of(
        CodeListUse.medicationClass(atcClass),
        CodeListUse.medicationClass(CodeListNames.ATC_ZOLEDRONIC_ACID));
  }
}
