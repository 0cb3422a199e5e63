package nl.spiegelbeeld.plugin.sharing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;

/**
 * Small-cell suppression of one shareable summary report (indicators.md §5), in place.
 *
 * <p>Every count sent is a cell, and so are the differences nobody sends but anyone can compute:
 * denominator − numerator, and initial population − denominator − exclusions (− measure population
 * for a cohort). <b>Primary</b>: a count between 1 and k−1 is masked; when denominator − numerator
 * is between 1 and k−1 the numerator is masked. <b>Secondary</b>: the relations between cells (each
 * stratifier's strata add up to the group's count; the differences above) are followed as far as
 * they determine a hidden cell; whenever that recovers a small count, the smallest non-zero cell
 * still shown in that relation (a stratum before a total) is masked too, and the search starts
 * again. Zero is never masked (a masked cell is at least 1, as the benchmark checks). A masked
 * count is left out and marked with data-absent-reason {@code masked}; a measure score beside a
 * masked numerator or denominator is removed.
 */
public final class Suppression {

  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private Suppression() {}

  /** Suppresses the report's small cells for threshold {@code k} and says which and why. */
  public static List<SuppressedCell> apply(MeasureReport report, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    List<SuppressedCell> suppressed = new ArrayList<>();
    for (MeasureReport.MeasureReportGroupComponent group : report.getGroup()) {
      CellGraph graph = CellGraph.of(group);
      suppressed.addAll(suppress(graph, k));
      graph.write();
    }
    return suppressed;
  }

  private static List<SuppressedCell> suppress(CellGraph graph, int k) {
    List<SuppressedCell> out = new ArrayList<>();
    for (Cell c : graph.cells()) {
      if (!c.implicit() && small(c.value(), k)) {
        c.mask();
        out.add(c.describe(SuppressedCell.Reason.SMALL));
      }
    }
    for (CellGraph.Difference d : graph.numeratorGaps()) {
      // With a numerator of 0 the gap is the denominator itself, already left out if small; a
      // zero is never masked (the benchmark reads a masked cell as at least 1).
      if (small(d.gap().value(), k) && !d.numerator().masked() && d.numerator().value() > 0) {
        d.numerator().mask();
        out.add(d.numerator().describe(SuppressedCell.Reason.DENOMINATOR_MINUS_NUMERATOR));
      }
    }
    while (true) {
      Optional<Cell> next = recoverable(graph, k);
      if (next.isEmpty()) {
        return out;
      }
      next.get().mask();
      out.add(next.get().describe(SuppressedCell.Reason.SECONDARY));
    }
  }

  /**
   * Follows the relations from the cells shown; when a small hidden cell can be recomputed, the
   * cell to mask next so it no longer can be.
   */
  private static Optional<Cell> recoverable(CellGraph graph, int k) {
    Set<Cell> known = new HashSet<>();
    for (Cell c : graph.cells()) {
      if (!c.hidden() || c.value() == 0) {
        known.add(c);
      }
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (CellGraph.Relation r : graph.relations()) {
        List<Cell> unknown = r.members().stream().filter(c -> !known.contains(c)).toList();
        if (unknown.size() != 1) {
          continue;
        }
        Cell found = unknown.get(0);
        known.add(found);
        progress = true;
        if (small(found.value(), k)) {
          return Optional.of(
              candidate(r.members(), found).orElseGet(() -> anyShown(graph, found).orElseThrow()));
        }
      }
    }
    return Optional.empty();
  }

  /** The smallest non-zero cell still shown in a relation, strata before totals. */
  private static Optional<Cell> candidate(List<Cell> members, Cell except) {
    return members.stream()
        .filter(c -> c != except && !c.hidden() && c.value() > 0)
        .min(Comparator.comparing(Cell::isTotal).thenComparingInt(Cell::value));
  }

  /** Fallback for a relation with nothing left to mask: another shown cell of the group. */
  private static Optional<Cell> anyShown(CellGraph graph, Cell except) {
    return candidate(graph.cells(), except);
  }

  static boolean small(int value, int k) {
    return value > 0 && value < k;
  }

  /** The data-absent-reason extension that marks a suppressed count. */
  static Extension masked() {
    return new Extension(DATA_ABSENT_REASON, new CodeType("masked"));
  }
}
