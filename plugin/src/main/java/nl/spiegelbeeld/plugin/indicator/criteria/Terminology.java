package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.mapping.ObservationMapper;

/**
 * The shipped code lists as evaluation needs them: medication classes as plain sets of ATC codes
 * (an interval's class is looked up millions of times per practice), everything else as {@link
 * CodeList}. Built once at start-up.
 */
public final class Terminology {

  private final CodeLists lists;
  private final Map<String, Set<String>> atcByClass = new HashMap<>();
  private final Map<String, Long> classBit = new HashMap<>();
  private final Map<String, Long> maskByAtc = new HashMap<>();
  private final CodeList ckdEpi;
  private final Map<String, String> agentNames;

  private Terminology(CodeLists lists, Map<String, String> agentNames) {
    this.lists = lists;
    this.agentNames = Map.copyOf(agentNames);
    for (String name : lists.names()) {
      CodeList list = lists.get(name);
      if (list.codes().stream().allMatch(c -> CodeSystems.ATC.equals(c.system()))) {
        atcByClass.put(
            name, list.codes().stream().map(Code::code).collect(Collectors.toUnmodifiableSet()));
      }
    }
    this.ckdEpi = lists.get(CodeListNames.LAB_EGFR_CKD_EPI);
    int bit = 0;
    for (var e : atcByClass.entrySet()) {
      if (bit == Long.SIZE) {
        throw new IllegalStateException("more than 64 medication classes");
      }
      long b = 1L << bit++;
      classBit.put(e.getKey(), b);
      for (String atc : e.getValue()) {
        maskByAtc.merge(atc, b, (x, y) -> x | y);
      }
    }
  }

  /**
   * The terminology of these code lists.
   *
   * @param agentNames Dutch names of agents by ATC code, as GPs know them ({@code alendroninezuur})
   */
  public static Terminology of(CodeLists lists, Map<String, String> agentNames) {
    return new Terminology(lists, agentNames);
  }

  /** The shipped code lists with the shipped Dutch agent names. */
  public static Terminology shipped() {
    return of(CodeLists.shipped(), AgentNames.shipped());
  }

  /** The Dutch name of an agent, else the code list display, else the ATC code itself. */
  public String agentName(String atc) {
    String name = agentNames.get(atc);
    if (name != null) {
      return name;
    }
    return lists.names().stream()
        .map(lists::get)
        .flatMap(l -> l.entries().stream())
        .filter(e -> CodeSystems.ATC.equals(e.code().system()) && e.code().code().equals(atc))
        .map(CodeList.Entry::display)
        .filter(d -> !d.isBlank())
        .findFirst()
        .orElse(atc);
  }

  public CodeLists lists() {
    return lists;
  }

  /** The list called {@code name} ({@code UnknownCodeList} otherwise). */
  public CodeList list(String name) {
    return lists.get(name);
  }

  public boolean exists(String name) {
    return lists.names().contains(name);
  }

  /** True when {@code name} is a list of ATC codes only (usable as a medication class). */
  public boolean isMedicationClass(String name) {
    return atcByClass.containsKey(name);
  }

  /** True when the Observation mapper maps lab results of this analyte list. */
  public boolean isLabAnalyte(String name) {
    return ObservationMapper.STANDARD_ANALYTES.contains(name);
  }

  /** True when {@code atc} belongs to the medication class {@code className}. */
  public boolean inClass(String className, String atc) {
    Set<String> codes = atcByClass.get(className);
    if (codes == null) {
      throw new IllegalArgumentException("not a medication class: " + className);
    }
    return codes.contains(atc);
  }

  /**
   * The medication classes an ATC code belongs to, as a bit mask ({@link #classBit}); 0 for a code
   * in no class. Lets a patient's intervals be classified once instead of per class.
   */
  public long classMask(String atc) {
    Long mask = maskByAtc.get(atc);
    return mask == null ? 0L : mask;
  }

  /** The bit of a medication class in {@link #classMask}. */
  public long classBit(String className) {
    Long b = classBit.get(className);
    if (b == null) {
      throw new IllegalArgumentException("not a medication class: " + className);
    }
    return b;
  }

  /** The CKD-EPI subset of the eGFR list (one eGFR per date, indicators.md §1). */
  public CodeList ckdEpi() {
    return ckdEpi;
  }
}
