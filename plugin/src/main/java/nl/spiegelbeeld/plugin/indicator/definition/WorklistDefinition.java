package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.columns.Column;

/**
 * A worklist (werklijst): the numerator ({@code num}) or the denominator without the numerator
 * ({@code den-num}), with the columns that say why each patient is on it. Local only.
 */
public record WorklistDefinition(String title, Members members, List<Column> columns) {

  /** Who is on the list. */
  public enum Members {
    NUMERATOR("num"),
    DENOMINATOR_WITHOUT_NUMERATOR("den-num");

    private final String json;

    Members(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  public WorklistDefinition {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(members, "members");
    columns = List.copyOf(columns);
  }
}
