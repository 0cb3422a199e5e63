package nl.spiegelbeeld.plugin.indicator.columns;

import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * The eGFR values below T in the lab window: how many and since when; phrase {@code 3× eGFR < 60
 * sinds 12-01-2025}.
 *
 * <pre>{@code {"type": "egfrBelowSince", "threshold": 60}}</pre>
 */
public record EgfrBelowSince(int threshold) implements Column {

  public EgfrBelowSince {
    if (threshold <= 0) {
      throw new IllegalArgumentException("threshold must be positive");
    }
  }

  @Override
  public String id() {
    return "egfrBelowSince";
  }

  @Override
  public String header() {
    return "eGFR < " + threshold + " sinds";
  }

  @Override
  public Cell cell(ColumnContext context) {
    BigDecimal t = BigDecimal.valueOf(threshold);
    List<LabFact> below =
        context.patient().egfrIn(context.parameters().labWindowOrPeriod()).values().stream()
            .filter(f -> f.isBelow(t))
            .toList();
    if (below.isEmpty()) {
      return new Cell("", "");
    }
    String since = DutchText.date(below.get(0).date());
    return new Cell(since, below.size() + "× eGFR < " + threshold + " sinds " + since);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
