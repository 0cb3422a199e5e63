package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;

/**
 * One indicator's result on P: the definition it was computed with (id, version, status), its
 * groups (the first is the indicator itself) and its worklist, if it has one.
 */
public record IndicatorResult(
    IndicatorDefinition definition, List<GroupResult> groups, WorklistResult worklist) {

  public IndicatorResult {
    Objects.requireNonNull(definition, "definition");
    groups = List.copyOf(groups);
  }

  public String id() {
    return definition.id();
  }

  /** The indicator's own group. */
  public GroupResult main() {
    return groups.get(0);
  }
}
