package nl.spiegelbeeld.plugin.indicator.engine;

import java.util.List;
import java.util.Objects;

/**
 * One patient's result for one indicator: the role, the stratum per stratifier, the extra groups
 * met and not met, and the worklist entry if any. Small on purpose: kept per patient so that every
 * membership can be explained.
 *
 * @param stratifierIds the definition's stratifier ids, in order
 * @param strata the patient's stratum code per stratifier, aligned with {@code stratifierIds}
 * @param groupsMet codes of the extra groups (OST-09a..d) whose numerator the patient meets
 * @param groupsNotMet codes of the extra groups whose numerator the patient does not meet
 * @param worklistEntry the entry on the indicator's worklist, or {@code null}
 */
public record Membership(
    String indicatorId,
    Role role,
    List<String> stratifierIds,
    List<String> strata,
    List<String> groupsMet,
    List<String> groupsNotMet,
    WorklistEntry worklistEntry) {

  public Membership {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(role, "role");
    stratifierIds = List.copyOf(stratifierIds);
    strata = List.copyOf(strata);
    groupsMet = List.copyOf(groupsMet);
    groupsNotMet = List.copyOf(groupsNotMet);
    if (stratifierIds.size() != strata.size()) {
      throw new IllegalArgumentException("one stratum per stratifier");
    }
  }

  /** The stratum code of stratifier {@code id}, or {@code null} when the indicator has none. */
  public String stratum(String stratifierId) {
    int i = stratifierIds.indexOf(stratifierId);
    return i < 0 ? null : strata.get(i);
  }
}
