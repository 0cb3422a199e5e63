package nl.spiegelbeeld.mappings.derive;

import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;

/**
 * Standard treatment duration before re-evaluation (indicators.md §1, Drug classes), a parameter:
 * {@code shorterYears} when the agent is in {@code shorterAgents}, otherwise {@code years}.
 *
 * @param shorterAgents agents with the shorter duration (standard: zoledronic acid)
 * @param shorterYears their duration in years (standard: 3)
 * @param years every other agent's duration in years (standard: 5)
 */
public record StandardTreatmentDuration(CodeList shorterAgents, int shorterYears, int years) {

  /** 3 years for zoledronic acid (M05BA08, M05BB08), otherwise 5. */
  public static StandardTreatmentDuration standard(CodeLists lists) {
    return new StandardTreatmentDuration(lists.get(CodeListNames.ATC_ZOLEDRONIC_ACID), 3, 5);
  }

  /** The standard duration in years for {@code agentAtc}. */
  public int yearsFor(String agentAtc) {
    return shorterAgents.contains(CodeSystems.ATC, agentAtc) ? shorterYears : years;
  }

  /**
   * True when {@code cumulativeDays} is more than the agent's standard duration (days / 365.25).
   */
  public boolean exceededBy(long cumulativeDays, String agentAtc) {
    return Episodes.years(cumulativeDays) > yearsFor(agentAtc);
  }

  /** True when {@code cumulativeDays} is less than the agent's standard duration. */
  public boolean notReachedBy(long cumulativeDays, String agentAtc) {
    return Episodes.years(cumulativeDays) < yearsFor(agentAtc);
  }
}
