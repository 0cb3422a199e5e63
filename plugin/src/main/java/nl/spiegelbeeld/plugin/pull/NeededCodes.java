package nl.spiegelbeeld.plugin.pull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;

/**
 * The codes the active indicators need, per kind of search: problems (Conditions), lab analytes
 * (Observations), and medication: the ATC codes of the medication classes plus the G-Standaard
 * products the practice's G-Standaard → ATC table maps into those classes (agreements mostly carry
 * only PRK/GPK codes).
 *
 * @param medicationClasses the names of the medication classes, to keep only their agreements
 * @param labGroups the lab codes per analyte (an analyte's codes often sit on one Observation
 *     together, e.g. its NHG and LOINC codes): {@code labs} split so that one search per group
 *     returns each Observation once
 */
public record NeededCodes(
    Set<Code> problems,
    Set<Code> labs,
    Set<Code> medications,
    Set<String> medicationClasses,
    List<Set<Code>> labGroups) {

  public NeededCodes {
    problems = Set.copyOf(problems);
    labs = Set.copyOf(labs);
    medications = Set.copyOf(medications);
    medicationClasses = Set.copyOf(medicationClasses);
    labGroups = labGroups.stream().map(Set::copyOf).toList();
  }

  /** All lab codes as one group. */
  public NeededCodes(
      Set<Code> problems, Set<Code> labs, Set<Code> medications, Set<String> medicationClasses) {
    this(
        problems, labs, medications, medicationClasses, labs.isEmpty() ? List.of() : List.of(labs));
  }

  public static NeededCodes of(
      Collection<IndicatorDefinition> definitions,
      Terminology terminology,
      GStandaardAtcTable gStandaard) {
    Set<Code> problems = new LinkedHashSet<>();
    Set<Code> labs = new LinkedHashSet<>();
    Set<Code> medications = new LinkedHashSet<>();
    Set<String> classes = new LinkedHashSet<>();
    List<Set<Code>> labGroups = new ArrayList<>();
    for (IndicatorDefinition d : definitions) {
      for (String list : d.codeLists()) {
        if (terminology.isMedicationClass(list)) {
          classes.add(list);
          medications.addAll(terminology.list(list).codes());
        } else if (terminology.isLabAnalyte(list)) {
          Set<Code> group = new LinkedHashSet<>(terminology.list(list).codes());
          if (list.equals(CodeListNames.LAB_EGFR)) {
            // The engine reads CKD-EPI eGFR apart from the other eGFR codes (Terminology).
            group.addAll(terminology.list(CodeListNames.LAB_EGFR_CKD_EPI).codes());
          }
          group.removeAll(labs);
          if (!group.isEmpty()) {
            labGroups.add(group);
          }
          labs.addAll(group);
        } else {
          problems.addAll(terminology.list(list).codes());
        }
      }
    }
    gStandaard
        .entries()
        .forEach(
            (product, entry) -> {
              if (classes.stream().anyMatch(c -> terminology.inClass(c, entry.atc()))) {
                medications.add(product);
              }
            });
    return new NeededCodes(problems, labs, medications, classes, labGroups);
  }
}
