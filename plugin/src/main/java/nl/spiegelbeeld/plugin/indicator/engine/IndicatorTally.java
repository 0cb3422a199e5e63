package nl.spiegelbeeld.plugin.indicator.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.spiegelbeeld.plugin.indicator.columns.Column;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;
import nl.spiegelbeeld.plugin.indicator.definition.Group;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;

/** The counts, subject lists and worklist of one indicator being accumulated. */
final class IndicatorTally {

  /** FHIR measure-population codes of the subject lists. */
  static final String INITIAL_POPULATION = "initial-population";

  static final String DENOMINATOR = "denominator";
  static final String DENOMINATOR_EXCLUSION = "denominator-exclusion";
  static final String NUMERATOR = "numerator";
  static final String MEASURE_POPULATION = "measure-population";

  /** One group's tallies. */
  private final class GroupTally {
    final String code;
    final String title;
    final Tally total = new Tally();
    final List<Map<String, Tally>> perStratifier = new ArrayList<>();
    final Map<String, List<String>> subjects = new LinkedHashMap<>();

    GroupTally(String code, String title) {
      this.code = code;
      this.title = title;
      for (Stratifier s : definition.strata()) {
        Map<String, Tally> byCode = new LinkedHashMap<>();
        s.codes().forEach(c -> byCode.put(c, new Tally()));
        perStratifier.add(byCode);
      }
    }

    void add(String patientId, Membership m, boolean numeratorMet) {
      total.add(m.role(), numeratorMet);
      for (int i = 0; i < perStratifier.size(); i++) {
        perStratifier
            .get(i)
            .computeIfAbsent(m.strata().get(i), c -> new Tally())
            .add(m.role(), numeratorMet);
      }
      subject(INITIAL_POPULATION, patientId);
      switch (m.role()) {
        case INITIAL_POPULATION -> {}
        case DENOMINATOR_EXCLUSION -> subject(DENOMINATOR_EXCLUSION, patientId);
        case DENOMINATOR, NUMERATOR -> {
          subject(DENOMINATOR, patientId);
          if (numeratorMet) {
            subject(NUMERATOR, patientId);
          }
        }
        case MEASURE_POPULATION -> subject(MEASURE_POPULATION, patientId);
      }
    }

    private void subject(String population, String patientId) {
      subjects.computeIfAbsent(population, k -> new ArrayList<>()).add(patientId);
    }

    GroupResult result() {
      List<StratifierResult> stratifiers = new ArrayList<>();
      for (int i = 0; i < perStratifier.size(); i++) {
        Stratifier s = definition.strata().get(i);
        Map<String, Tally> byCode = perStratifier.get(i);
        Map<String, Tally> ordered = new LinkedHashMap<>();
        s.codes().forEach(c -> ordered.put(c, byCode.get(c)));
        new TreeMap<>(byCode).forEach(ordered::putIfAbsent);
        List<StratumResult> strata = new ArrayList<>();
        ordered.forEach(
            (c, t) -> strata.add(new StratumResult(c, s.label(c, terminology), t.counts())));
        stratifiers.add(new StratifierResult(s.id(), s.title(), s.shared(), strata));
      }
      return new GroupResult(code, title, total.counts(), stratifiers, subjects);
    }
  }

  private final IndicatorDefinition definition;
  private final Terminology terminology;
  private final List<GroupTally> groups = new ArrayList<>();
  private final List<WorklistEntry> worklist = new ArrayList<>();

  IndicatorTally(IndicatorDefinition definition, Terminology terminology) {
    this.definition = definition;
    this.terminology = terminology;
    groups.add(new GroupTally(definition.id(), definition.title().nl()));
    for (Group g : definition.groups()) {
      groups.add(new GroupTally(g.code(), g.title()));
    }
  }

  String id() {
    return definition.id();
  }

  LocalDate measurementPeriodStart(LocalDate p) {
    return definition.parameters().measurementPeriod().firstDay(p);
  }

  void add(String patientId, Membership m) {
    groups.get(0).add(patientId, m, m.role() == Role.NUMERATOR);
    for (int i = 1; i < groups.size(); i++) {
      GroupTally g = groups.get(i);
      g.add(patientId, m, m.groupsMet().contains(g.code));
    }
    if (m.worklistEntry() != null) {
      worklist.add(m.worklistEntry());
    }
  }

  IndicatorResult result() {
    List<GroupResult> results = new ArrayList<>();
    groups.forEach(g -> results.add(g.result()));
    WorklistResult list = null;
    if (definition.worklist() != null) {
      list =
          new WorklistResult(
              definition.worklist().title(),
              definition.worklist().columns().stream().map(Column::header).toList(),
              worklist);
    }
    return new IndicatorResult(definition, results, list);
  }
}
