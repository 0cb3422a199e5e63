package nl.spiegelbeeld.mappings.mapping;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.CodeLists;

/**
 * The default coverage of an agreement without any period of use (indicators.md §1, rule 4), a
 * parameter: days per ATC code, and the days for every other agent.
 *
 * @param daysByAtc days of coverage per ATC code
 * @param otherDays days for an ATC code not in {@code daysByAtc}, and for unclassified medication
 */
public record DefaultCoverage(Map<String, Integer> daysByAtc, int otherDays) {

  /** Teriparatide: a 28-day pen. */
  static final String TERIPARATIDE = "H05AA02";

  /** Romosozumab: a monthly injection. */
  static final String ROMOSOZUMAB = "M05BX06";

  /** Raloxifene. */
  static final String RALOXIFENE = "G03XC01";

  public DefaultCoverage {
    daysByAtc = Map.copyOf(daysByAtc);
    if (otherDays <= 0 || daysByAtc.values().stream().anyMatch(d -> d <= 0)) {
      throw new IllegalArgumentException("default coverage must be at least one day");
    }
  }

  /**
   * The values of indicators.md §1: oral bisphosphonates, raloxifene and other oral 90 days;
   * zoledronic acid 365; denosumab 183; teriparatide 28; romosozumab 30; systemic glucocorticoids 7
   * (one short course).
   */
  public static DefaultCoverage standard(CodeLists lists) {
    Map<String, Integer> days = new HashMap<>();
    put(days, lists.get(CodeListNames.ATC_BISPHOSPHONATES), 90);
    days.put(RALOXIFENE, 90);
    put(days, lists.get(CodeListNames.ATC_ZOLEDRONIC_ACID), 365);
    put(days, lists.get(CodeListNames.ATC_DENOSUMAB), 183);
    days.put(TERIPARATIDE, 28);
    days.put(ROMOSOZUMAB, 30);
    put(days, lists.get(CodeListNames.ATC_SYSTEMIC_GLUCOCORTICOIDS), 7);
    return new DefaultCoverage(days, 90);
  }

  /** The default coverage of an agent ({@code null}: unclassified, given {@code otherDays}). */
  public Period forAtc(String atc) {
    return Period.ofDays(atc == null ? otherDays : daysByAtc.getOrDefault(atc, otherDays));
  }

  private static void put(Map<String, Integer> days, CodeList atcList, int value) {
    for (Code code : atcList.codes()) {
      days.put(code.code(), value);
    }
  }
}
