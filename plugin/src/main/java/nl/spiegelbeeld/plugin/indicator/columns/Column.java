package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * A worklist column: the facts that put a patient on a worklist, as a value and as a Dutch phrase;
 * the phrases of a worklist's columns, joined, are the sentence shown beside the patient ({@code
 * alendroninezuur sinds 12-03-2018, 7,7 jaar cumulatief}). A closed vocabulary mapped from JSON
 * through {@code definition.ColumnTypes}. Dates are {@code dd-MM-yyyy}, decimals have a comma.
 */
public sealed interface Column
    permits ProblemSince,
        LastUse,
        AgentSince,
        CumulativeYears,
        StopReason,
        LatestEgfr,
        EgfrBelowSince,
        GlucocorticoidUse,
        TreatmentStart,
        GroupsNotMet {

  /** A stable key, e.g. {@code cumulativeYears}. */
  String id();

  /** Dutch column header. */
  String header();

  Cell cell(ColumnContext context);

  default List<CodeListUse> codeListUses() {
    return List.of();
  }
}
