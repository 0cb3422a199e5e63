package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;

/**
 * An episode of the class (intervals merged across gaps ≤ G) starts in the window {@code (P −
 * window, P]} (OST-06: "a BP episode starting in {@code (P − 5 y, P]}").
 *
 * <pre>{@code {"type": "episodeStartIn", "class": "atc-bisfosfonaten", "window": "P5Y"}}</pre>
 */
public record EpisodeStartIn(String atcClass, Window window) implements Criterion {

  public EpisodeStartIn {
    Objects.requireNonNull(atcClass, "atcClass");
    Objects.requireNonNull(window, "window");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return patient.episodes(atcClass, parameters.gapDays()).stream()
        .anyMatch(e -> window.contains(e.start(), patient.referenceDate()));
  }

  @Override
  public String describe() {
    return "episode van " + atcClass + " gestart in (P − " + window + ", P]";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
