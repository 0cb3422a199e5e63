package nl.spiegelbeeld.plugin.indicator.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Population;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.columns.Cell;
import nl.spiegelbeeld.plugin.indicator.columns.Column;
import nl.spiegelbeeld.plugin.indicator.columns.ColumnContext;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.Group;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.definition.Scoring;
import nl.spiegelbeeld.plugin.indicator.definition.WorklistDefinition;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;

/**
 * The indicator engine (architecture.md step 5): pure evaluation of the catalogue's definitions
 * over one practice's patients on a peildatum. No HTTP, no environment, no clock: the caller passes
 * the practice and P, and the patients one by one ({@link #start}); each patient is derived once
 * (exposure intervals, episodes, active problems, eGFR series) and then evaluated for every
 * indicator.
 */
public final class Engine {

  private final Catalogue catalogue;
  private final List<IndicatorDefinition> definitions;
  private final Map<String, List<String>> stratifierIds = new HashMap<>();

  public Engine(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.definitions = catalogue.definitions();
    for (IndicatorDefinition d : definitions) {
      stratifierIds.put(d.id(), d.strata().stream().map(Stratifier::id).toList());
    }
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public List<IndicatorDefinition> definitions() {
    return definitions;
  }

  /** Starts evaluating the population of {@code practice} on {@code p}; add every patient. */
  public Run start(Practice practice, LocalDate p) {
    return new Run(this, practice, p);
  }

  /** One patient's result, without counting it anywhere. */
  public PatientResult evaluate(PatientInput input, Practice practice, LocalDate p) {
    if (!Population.includes(input.patient(), practice, p)) {
      return new PatientResult(input.patient().id(), false, List.of(), List.of());
    }
    PatientView view = view(input, p);
    List<Membership> memberships = new ArrayList<>(definitions.size());
    for (IndicatorDefinition d : definitions) {
      Membership m = evaluate(d, view);
      if (m != null) {
        memberships.add(m);
      }
    }
    return new PatientResult(
        input.patient().id(), true, memberships, view.problemsOnReferenceDate());
  }

  /**
   * Why a patient is or is not in each population of one indicator: every criterion with its
   * outcome, in Dutch, indented by nesting.
   */
  public List<String> explain(
      PatientInput input, Practice practice, LocalDate p, String indicatorId) {
    IndicatorDefinition d = catalogue.get(indicatorId);
    List<String> lines = new ArrayList<>();
    boolean listed = Population.includes(input.patient(), practice, p);
    lines.add((listed ? "✓ " : "✗ ") + "in de praktijkpopulatie op " + p);
    if (!listed) {
      return lines;
    }
    PatientView view = view(input, p);
    Parameters ps = d.parameters();
    trace("initiële populatie", d.initialPopulation(), view, ps, lines);
    if (d.scoring() == Scoring.COHORT) {
      trace("meetpopulatie", d.measurePopulation(), view, ps, lines);
    } else {
      if (d.denominator() != null) {
        trace("noemer", d.denominator(), view, ps, lines);
      }
      d.exclusions().forEach(e -> trace("exclusie", e, view, ps, lines));
      trace("teller", d.numerator(), view, ps, lines);
      d.groups().forEach(g -> trace(g.code() + " teller", g.numerator(), view, ps, lines));
    }
    Membership m = evaluate(d, view);
    if (m != null) {
      for (int i = 0; i < m.strata().size(); i++) {
        lines.add("stratum " + m.stratifierIds().get(i) + ": " + m.strata().get(i));
      }
      if (m.worklistEntry() != null) {
        lines.add("werklijst: " + m.worklistEntry().sentence());
      }
    }
    return lines;
  }

  PatientView view(PatientInput input, LocalDate p) {
    return new PatientView(
        input.patient(),
        input.problems(),
        input.agreements(),
        input.labs(),
        p,
        catalogue.terminology());
  }

  /** The membership of one patient for one definition, or {@code null} outside its population. */
  Membership evaluate(IndicatorDefinition d, PatientView view) {
    Parameters ps = d.parameters();
    if (!d.initialPopulation().test(view, ps)) {
      return null;
    }
    Role role = role(d, view, ps);
    List<String> met = List.of();
    List<String> notMet = List.of();
    List<String> notMetTitles = List.of();
    if (role.inDenominator() && !d.groups().isEmpty()) {
      met = new ArrayList<>();
      notMet = new ArrayList<>();
      notMetTitles = new ArrayList<>();
      for (Group g : d.groups()) {
        if (g.numerator().test(view, ps)) {
          met.add(g.code());
        } else {
          notMet.add(g.code());
          notMetTitles.add(g.title());
        }
      }
    }
    String[] strata = new String[d.strata().size()];
    for (int i = 0; i < strata.length; i++) {
      strata[i] = d.strata().get(i).valueOf(view, ps);
    }
    WorklistEntry entry = worklistEntry(d.worklist(), role, view, ps, notMetTitles);
    List<String> ids = stratifierIds.get(d.id());
    return new Membership(d.id(), role, ids, List.of(strata), met, notMet, entry);
  }

  private static Role role(IndicatorDefinition d, PatientView view, Parameters ps) {
    if (d.scoring() == Scoring.COHORT) {
      return d.measurePopulation().test(view, ps)
          ? Role.MEASURE_POPULATION
          : Role.INITIAL_POPULATION;
    }
    if (d.denominator() != null && !d.denominator().test(view, ps)) {
      return Role.INITIAL_POPULATION;
    }
    for (Criterion exclusion : d.exclusions()) {
      if (exclusion.test(view, ps)) {
        return Role.DENOMINATOR_EXCLUSION;
      }
    }
    return d.numerator().test(view, ps) ? Role.NUMERATOR : Role.DENOMINATOR;
  }

  private static WorklistEntry worklistEntry(
      WorklistDefinition worklist,
      Role role,
      PatientView view,
      Parameters ps,
      List<String> groupsNotMet) {
    if (worklist == null || !onWorklist(worklist, role)) {
      return null;
    }
    ColumnContext context = new ColumnContext(view, ps, groupsNotMet);
    List<String> values = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (Column c : worklist.columns()) {
      Cell cell = c.cell(context);
      values.add(cell.value());
      if (!cell.phrase().isEmpty()) {
        phrases.add(cell.phrase());
      }
    }
    return new WorklistEntry(view.id(), values, String.join(", ", phrases));
  }

  private static boolean onWorklist(WorklistDefinition worklist, Role role) {
    return switch (worklist.members()) {
      case NUMERATOR -> role == Role.NUMERATOR;
      case DENOMINATOR_WITHOUT_NUMERATOR -> role == Role.DENOMINATOR;
    };
  }

  private static void trace(
      String heading, Criterion c, PatientView view, Parameters ps, List<String> lines) {
    lines.add(heading + ":");
    trace(c, view, ps, 1, lines);
  }

  private static void trace(
      Criterion c, PatientView view, Parameters ps, int depth, List<String> lines) {
    lines.add("  ".repeat(depth) + (c.test(view, ps) ? "✓ " : "✗ ") + c.describe());
    for (Criterion child : c.children()) {
      trace(child, view, ps, depth + 1, lines);
    }
  }
}
