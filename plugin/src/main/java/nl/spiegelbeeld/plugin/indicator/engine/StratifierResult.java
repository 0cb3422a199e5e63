package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;

/**
 * The counts per stratum of one stratifier.
 *
 * @param shared true for the stratifiers that may leave the practice (sex, shared age bands)
 */
public record StratifierResult(
    String id, String title, boolean shared, List<StratumResult> strata) {

  public StratifierResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    strata = List.copyOf(strata);
  }
}
