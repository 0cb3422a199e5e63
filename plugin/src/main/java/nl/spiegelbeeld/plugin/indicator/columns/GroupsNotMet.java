package nl.spiegelbeeld.plugin.indicator.columns;

/**
 * The extra groups whose numerator the patient does not meet (OST-09: the missing lab components);
 * phrase {@code ontbreekt: TSH, 25-OH vitamine D}.
 *
 * <pre>{@code {"type": "groupsNotMet", "header": "ontbrekend lab"}}</pre>
 */
public record GroupsNotMet(String header) implements Column {

  public GroupsNotMet {
    header = header == null ? "ontbreekt" : header;
  }

  @Override
  public String id() {
    return "groupsNotMet";
  }

  @Override
  public Cell cell(ColumnContext context) {
    if (context.groupsNotMet().isEmpty()) {
      return new Cell("", "");
    }
    String missing = String.join(", ", context.groupsNotMet());
    return new Cell(missing, "ontbreekt: " + missing);
  }
}
