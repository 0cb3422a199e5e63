package nl.spiegelbeeld.plugin.indicator.definition;

import static nl.spiegelbeeld.plugin.indicator.definition.TypeTable.type;

import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.columns.AgentSince;
import nl.spiegelbeeld.plugin.indicator.columns.Column;
import nl.spiegelbeeld.plugin.indicator.columns.CumulativeYears;
import nl.spiegelbeeld.plugin.indicator.columns.EgfrBelowSince;
import nl.spiegelbeeld.plugin.indicator.columns.GlucocorticoidUse;
import nl.spiegelbeeld.plugin.indicator.columns.GroupsNotMet;
import nl.spiegelbeeld.plugin.indicator.columns.LastUse;
import nl.spiegelbeeld.plugin.indicator.columns.LatestEgfr;
import nl.spiegelbeeld.plugin.indicator.columns.ProblemSince;
import nl.spiegelbeeld.plugin.indicator.columns.StopReason;
import nl.spiegelbeeld.plugin.indicator.columns.TreatmentStart;

/** The one table from a worklist column's JSON {@code type} to its record. */
public final class ColumnTypes {

  private static final TypeTable<Column> TABLE =
      new TypeTable<>(
          "column",
          Map.ofEntries(
              type(
                  "problemSince",
                  f -> new ProblemSince(f.text("codeList"), f.text("noun")),
                  "codeList",
                  "noun"),
              type("lastUse", f -> new LastUse(f.text("class"), f.text("noun")), "class", "noun"),
              type("agentSince", f -> new AgentSince(f.text("class")), "class"),
              type("cumulativeYears", f -> new CumulativeYears(f.text("class")), "class"),
              type("stopReason", f -> new StopReason(f.text("class")), "class"),
              type("latestEgfr", f -> new LatestEgfr()),
              type("egfrBelowSince", f -> new EgfrBelowSince(f.integer("threshold")), "threshold"),
              type(
                  "glucocorticoidUse",
                  f -> new GlucocorticoidUse(f.text("class"), f.integer("courseGapDays")),
                  "class",
                  "courseGapDays"),
              type("treatmentStart", f -> new TreatmentStart(f.text("class")), "class"),
              type("groupsNotMet", f -> new GroupsNotMet(f.optionalText("header")), "header")));

  private ColumnTypes() {}

  public static Set<String> types() {
    return TABLE.types();
  }

  static Column read(JsonFields fields) {
    return TABLE.read(fields);
  }
}
