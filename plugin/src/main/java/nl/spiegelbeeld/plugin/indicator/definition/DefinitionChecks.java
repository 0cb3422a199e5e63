package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.spiegelbeeld.plugin.indicator.columns.Column;
import nl.spiegelbeeld.plugin.indicator.columns.EgfrBelowSince;
import nl.spiegelbeeld.plugin.indicator.criteria.AnyEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;
import nl.spiegelbeeld.plugin.indicator.criteria.LatestEgfrAtLeastDaysOld;
import nl.spiegelbeeld.plugin.indicator.criteria.LatestEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.RepeatedEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;
import nl.spiegelbeeld.plugin.indicator.strata.EgfrInWindow;
import nl.spiegelbeeld.plugin.indicator.strata.LowestRepeatedEgfr;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;

/**
 * The checks across one definition that reading field by field cannot make: the file is where the
 * id and module say; every code list referred to exists, is used for what it is, and is declared;
 * stratifier, column and group codes are unique; a worklist fits the scoring; eGFR rules have a lab
 * window.
 */
final class DefinitionChecks {

  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern ID = Pattern.compile("[A-Z]+-\\d{2}");

  private final Terminology terminology;

  DefinitionChecks(Terminology terminology) {
    this.terminology = terminology;
  }

  /**
   * What was read of one definition, each part {@code null} (or left out of the lists) when it
   * could not be read: the checks run on whatever was read, so that one run names every problem.
   */
  record Parts(
      String id,
      String module,
      String version,
      Scoring scoring,
      Parameters parameters,
      List<Criterion> roots,
      List<Stratifier> strata,
      List<Group> groups,
      WorklistDefinition worklist,
      List<String> codeLists) {}

  /** Records every problem of {@code d}, read from {@code path} ({@code <module>/<id>.json}). */
  void check(Parts d, String path, Problems problems) {
    String owner = d.id() + ": ";
    if (!ID.matcher(d.id()).matches()) {
      problems.add(owner + "id must look like OST-04");
    }
    if (d.module() != null && !path.equals(d.module() + "/" + d.id() + ".json")) {
      problems.add(owner + "file " + path + " must be " + d.module() + "/" + d.id() + ".json");
    }
    if (d.version() != null && !VERSION.matcher(d.version()).matches()) {
      problems.add(owner + "version must be MAJOR.MINOR.PATCH, not '" + d.version() + "'");
    }
    checkCodeLists(d, owner, problems);
    checkCodes(d, owner, problems);
    if (d.worklist() != null
        && d.worklist().members() == WorklistDefinition.Members.DENOMINATOR_WITHOUT_NUMERATOR
        && d.scoring() != Scoring.PROPORTION) {
      problems.add(owner + "worklist 'den-num' needs a numerator");
    }
    if (d.worklist() != null && d.scoring() == Scoring.COHORT) {
      problems.add(owner + "a cohort has no numerator for a worklist");
    }
    if (!d.groups().isEmpty() && d.scoring() != Scoring.PROPORTION) {
      problems.add(owner + "groups need a proportion");
    }
    if (usesEgfr(d) && d.parameters() != null && d.parameters().labWindow() == null) {
      problems.add(owner + "parameters.labWindow is needed by the eGFR criteria");
    }
  }

  private void checkCodeLists(Parts d, String owner, Problems problems) {
    Set<String> used = new LinkedHashSet<>();
    for (CodeListUse use : uses(d)) {
      used.add(use.name());
      if (!terminology.exists(use.name())) {
        problems.add(owner + "unknown code list '" + use.name() + "'");
      } else if (!fits(use)) {
        problems.add(
            owner
                + "code list '"
                + use.name()
                + "' is not a "
                + use.use().description()
                + " but is used as one");
      }
    }
    for (String declared : d.codeLists()) {
      if (!terminology.exists(declared)) {
        if (!used.contains(declared)) {
          problems.add(owner + "unknown code list '" + declared + "' in codeLists");
        }
      } else if (!used.contains(declared)) {
        problems.add(owner + "code list '" + declared + "' is declared but not used");
      }
    }
    for (String name : used) {
      if (!d.codeLists().contains(name) && terminology.exists(name)) {
        problems.add(owner + "code list '" + name + "' is used but not declared in codeLists");
      }
    }
  }

  private boolean fits(CodeListUse use) {
    return switch (use.use()) {
      case MEDICATION_CLASS -> terminology.isMedicationClass(use.name());
      case LAB_ANALYTE -> terminology.isLabAnalyte(use.name());
      case PROBLEM ->
          !terminology.isMedicationClass(use.name()) && !terminology.isLabAnalyte(use.name());
    };
  }

  private static void checkCodes(Parts d, String owner, Problems problems) {
    Set<String> strata = new HashSet<>();
    for (Stratifier s : d.strata()) {
      if (!strata.add(s.id())) {
        problems.add(owner + "stratifier '" + s.id() + "' twice");
      }
    }
    Set<String> groups = new HashSet<>();
    for (Group g : d.groups()) {
      if (!groups.add(g.code()) || !g.code().startsWith(d.id())) {
        problems.add(owner + "group code '" + g.code() + "' twice or not starting with the id");
      }
    }
    if (d.worklist() != null) {
      Set<String> columns = new HashSet<>();
      for (Column c : d.worklist().columns()) {
        if (!columns.add(c.id())) {
          problems.add(owner + "worklist column '" + c.id() + "' twice");
        }
      }
    }
  }

  /** Every code list use of the definition, criteria trees included. */
  static List<CodeListUse> uses(Parts d) {
    List<CodeListUse> uses = new ArrayList<>();
    for (Criterion c : criteria(d)) {
      uses.addAll(c.codeListUses());
    }
    d.strata().forEach(s -> uses.addAll(s.codeListUses()));
    if (d.worklist() != null) {
      d.worklist().columns().forEach(c -> uses.addAll(c.codeListUses()));
    }
    return uses;
  }

  /** Every criterion of the definition, children included. */
  static List<Criterion> criteria(Parts d) {
    List<Criterion> roots = new ArrayList<>(d.roots());
    d.groups().forEach(g -> roots.add(g.numerator()));
    List<Criterion> all = new ArrayList<>();
    List<Criterion> todo = new ArrayList<>(roots);
    while (!todo.isEmpty()) {
      Criterion c = todo.remove(todo.size() - 1);
      all.add(c);
      todo.addAll(c.children());
    }
    return all;
  }

  private static boolean usesEgfr(Parts d) {
    boolean criteria =
        criteria(d).stream()
            .anyMatch(
                c ->
                    c instanceof RepeatedEgfrBelow
                        || c instanceof LatestEgfrBelow
                        || c instanceof LatestEgfrAtLeastDaysOld
                        || c instanceof AnyEgfrBelow);
    boolean strata =
        d.strata().stream()
            .anyMatch(s -> s instanceof LowestRepeatedEgfr || s instanceof EgfrInWindow);
    boolean columns =
        d.worklist() != null
            && d.worklist().columns().stream().anyMatch(c -> c instanceof EgfrBelowSince);
    return criteria || strata || columns;
  }
}
