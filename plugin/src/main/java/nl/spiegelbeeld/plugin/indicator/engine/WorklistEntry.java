package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;

/**
 * A patient on a worklist with the facts that put them there (local only: never leaves the
 * practice, never logged).
 *
 * @param values one value per worklist column
 * @param sentence the facts as one Dutch sentence, e.g. {@code alendroninezuur sinds 12-03-2018,
 *     7,7 jaar cumulatief}
 */
public record WorklistEntry(String patientId, List<String> values, String sentence) {

  public WorklistEntry {
    Objects.requireNonNull(patientId, "patientId");
    values = List.copyOf(values);
    Objects.requireNonNull(sentence, "sentence");
  }
}
