package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * Cumulative duration of the class in years (days / 365.25, one decimal); phrase {@code 7,7 jaar
 * cumulatief}.
 *
 * <pre>{@code {"type": "cumulativeYears", "class": "atc-bisfosfonaten"}}</pre>
 */
public record CumulativeYears(String atcClass) implements Column {

  public CumulativeYears {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "cumulativeYears";
  }

  @Override
  public String header() {
    return "jaar cumulatief";
  }

  @Override
  public Cell cell(ColumnContext context) {
    long days =
        Episodes.cumulativeDays(
            context.patient().episodes(atcClass, context.parameters().gapDays()));
    String years = DutchText.oneDecimal(Episodes.years(days));
    return new Cell(years, years + " jaar cumulatief");
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
