package nl.spiegelbeeld.plugin.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;

/**
 * The cells of one report group and the sums that tie them together: per stratifier and population
 * the strata add up to the group's count; per group and stratum the denominator is numerator plus
 * the gap, and the initial population is denominator plus exclusions (plus measure population) plus
 * the rest.
 */
final class CellGraph {

  /** Cells that add up: any one of them follows from the others. */
  record Relation(List<Cell> members) {}

  /** A numerator and the gap denominator − numerator beside it. */
  record Difference(Cell numerator, Cell gap) {}

  private static final String IP = "initial-population";
  private static final String DENOMINATOR = "denominator";
  private static final String NUMERATOR = "numerator";

  private final List<Cell> cells = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Relation> sums = new ArrayList<>();
  private final List<Difference> gaps = new ArrayList<>();
  private final List<Runnable> scoreRemovals = new ArrayList<>();

  private CellGraph() {}

  static CellGraph of(MeasureReportGroupComponent group) {
    CellGraph g = new CellGraph();
    String code = group.getCode().getCodingFirstRep().getCode();
    Map<String, Cell> totals = new LinkedHashMap<>();
    for (MeasureReportGroupPopulationComponent p : group.getPopulation()) {
      String population = p.getCode().getCodingFirstRep().getCode();
      totals.put(population, g.add(Cell.shown(code, null, null, population, p.getCountElement())));
    }
    g.within(code, null, null, totals);
    g.scoreRemovals.add(
        () -> {
          if (anyMasked(totals)) {
            group.setMeasureScore(null);
          }
        });
    for (MeasureReportGroupStratifierComponent s : group.getStratifier()) {
      g.stratifier(code, s, totals);
    }
    return g;
  }

  private void stratifier(
      String code, MeasureReportGroupStratifierComponent s, Map<String, Cell> totals) {
    String id = s.getCodeFirstRep().getCodingFirstRep().getCode();
    Map<String, List<Cell>> perPopulation = new LinkedHashMap<>();
    for (StratifierGroupComponent stratum : s.getStratum()) {
      String value = stratum.getValue().getCodingFirstRep().getCode();
      Map<String, Cell> here = new LinkedHashMap<>();
      for (StratifierGroupPopulationComponent p : stratum.getPopulation()) {
        String population = p.getCode().getCodingFirstRep().getCode();
        Cell c = add(Cell.shown(code, id, value, population, p.getCountElement()));
        here.put(population, c);
        perPopulation.computeIfAbsent(population, x -> new ArrayList<>()).add(c);
      }
      within(code, id, value, here);
      scoreRemovals.add(
          () -> {
            if (anyMasked(here)) {
              stratum.setMeasureScore(null);
            }
          });
    }
    perPopulation.forEach(
        (population, strata) -> {
          Cell total = totals.get(population);
          if (total != null) {
            List<Cell> members = new ArrayList<>(strata);
            members.add(total);
            sums.add(new Relation(members));
          }
        });
  }

  /** The relations inside one group or stratum. */
  private void within(String code, String stratifier, String stratum, Map<String, Cell> here) {
    Cell n = here.get(NUMERATOR);
    Cell d = here.get(DENOMINATOR);
    if (n != null && d != null) {
      Cell gap =
          add(Cell.implicit(code, stratifier, stratum, "denominator-minus-numerator", gap(d, n)));
      relations.add(new Relation(List.of(d, n, gap)));
      gaps.add(new Difference(n, gap));
    }
    Cell ip = here.get(IP);
    List<Cell> parts = new ArrayList<>();
    here.forEach(
        (population, c) -> {
          if (!population.equals(IP) && !population.equals(NUMERATOR)) {
            parts.add(c);
          }
        });
    if (ip != null && !parts.isEmpty()) {
      int rest = ip.value() - parts.stream().mapToInt(Cell::value).sum();
      parts.add(add(Cell.implicit(code, stratifier, stratum, "initial-population-rest", rest)));
      parts.add(ip);
      relations.add(new Relation(parts));
    }
  }

  private static int gap(Cell d, Cell n) {
    return d.value() - n.value();
  }

  private static boolean anyMasked(Map<String, Cell> here) {
    Cell n = here.get(NUMERATOR);
    Cell d = here.get(DENOMINATOR);
    return (n != null && n.masked()) || (d != null && d.masked());
  }

  private Cell add(Cell c) {
    cells.add(c);
    return c;
  }

  List<Cell> cells() {
    return cells;
  }

  /**
   * Every relation, the strata sums first: a cell masked because of a sum is then masked together
   * with the rest of its stratum rather than exposing a total.
   */
  List<Relation> relations() {
    List<Relation> all = new ArrayList<>(sums);
    all.addAll(relations);
    return all;
  }

  List<Difference> numeratorGaps() {
    return gaps;
  }

  /** Writes the masks into the report and removes the scores they would give away. */
  void write() {
    cells.stream().filter(c -> !c.implicit()).forEach(Cell::write);
    scoreRemovals.forEach(Runnable::run);
  }
}
