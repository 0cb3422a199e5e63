package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;

/**
 * One component of the lab before a start (OST-09): present when, for at least one option, every
 * analyte of that option has a numeric value in the window (dates may differ).
 *
 * <pre>{@code
 * {"id": "b", "label": "calcium en albumine, of gecorrigeerd calcium",
 *  "anyOf": [["lab-calcium", "lab-albumine"], ["lab-calcium-gecorrigeerd"]]}
 * }</pre>
 *
 * @param id a short code (OST-09: {@code a}..{@code d})
 * @param label the component in Dutch, as the worklist names a missing one
 * @param anyOf options; each option is a list of analyte code lists that must all be present
 */
public record LabComponent(String id, String label, List<List<String>> anyOf) {

  public LabComponent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    anyOf = anyOf.stream().map(List::copyOf).toList();
    if (anyOf.isEmpty() || anyOf.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("lab component " + id + " needs non-empty options");
    }
  }
}
