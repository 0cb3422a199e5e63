package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.derive.Episodes;

/**
 * The class's last episode has stopped (indicators.md §1: {@code endExclusive + G ≤ P}) with its
 * {@code endExclusive} in the window {@code (P − window, P]} (OST-10: denosumab, {@code P2Y}).
 *
 * <pre>{@code {"type": "lastEpisodeStoppedIn", "class": "atc-denosumab", "window": "P2Y"}}</pre>
 */
public record LastEpisodeStoppedIn(String atcClass, Window window) implements Criterion {

  public LastEpisodeStoppedIn {
    Objects.requireNonNull(atcClass, "atcClass");
    Objects.requireNonNull(window, "window");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    int g = parameters.gapDays();
    List<Episode> episodes = patient.episodes(atcClass, g);
    Optional<Episode> last = Episodes.last(episodes);
    return last.isPresent()
        && Episodes.isStopped(episodes, patient.referenceDate(), g)
        && window.contains(last.get().endExclusive(), patient.referenceDate());
  }

  @Override
  public String describe() {
    return "laatste episode van " + atcClass + " gestopt, einde in (P − " + window + ", P]";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
