package nl.spiegelbeeld.plugin.indicator.definition;

import static nl.spiegelbeeld.plugin.indicator.definition.TypeTable.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.criteria.ActiveProblem;
import nl.spiegelbeeld.plugin.indicator.criteria.AgeAtLeast;
import nl.spiegelbeeld.plugin.indicator.criteria.AllOf;
import nl.spiegelbeeld.plugin.indicator.criteria.AnyEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.AnyOf;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;
import nl.spiegelbeeld.plugin.indicator.criteria.CumulativeExceedsStandard;
import nl.spiegelbeeld.plugin.indicator.criteria.CurrentUser;
import nl.spiegelbeeld.plugin.indicator.criteria.EpisodeStartIn;
import nl.spiegelbeeld.plugin.indicator.criteria.GlucocorticoidLongTerm;
import nl.spiegelbeeld.plugin.indicator.criteria.LabComponent;
import nl.spiegelbeeld.plugin.indicator.criteria.LastEpisodeStoppedIn;
import nl.spiegelbeeld.plugin.indicator.criteria.LatestEgfrAtLeastDaysOld;
import nl.spiegelbeeld.plugin.indicator.criteria.LatestEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.NoFollowUpAfterLastStart;
import nl.spiegelbeeld.plugin.indicator.criteria.Not;
import nl.spiegelbeeld.plugin.indicator.criteria.OverlapsMeasurementPeriod;
import nl.spiegelbeeld.plugin.indicator.criteria.RepeatedEgfrBelow;
import nl.spiegelbeeld.plugin.indicator.criteria.StartWithLab;
import nl.spiegelbeeld.plugin.indicator.criteria.StoppedBeforeStandard;
import nl.spiegelbeeld.plugin.indicator.criteria.TreatmentStartInPeriod;

/**
 * The one table from a criterion's JSON {@code type} to its record (style.md: "JSON type maps to a
 * record through an explicit table"). Each record's Javadoc shows its JSON.
 */
public final class CriterionTypes {

  private static final TypeTable<Criterion> TABLE =
      new TypeTable<>(
          "criterion",
          Map.ofEntries(
              type("ageAtLeast", f -> new AgeAtLeast(f.integer("years")), "years"),
              type("activeProblem", f -> new ActiveProblem(f.text("codeList")), "codeList"),
              type(
                  "currentUser",
                  f -> new CurrentUser(f.text("class"), f.optionalText("except")),
                  "class",
                  "except"),
              type(
                  "episodeStartIn",
                  f -> new EpisodeStartIn(f.text("class"), f.window("window")),
                  "class",
                  "window"),
              type(
                  "stoppedBeforeStandard",
                  f -> new StoppedBeforeStandard(f.text("class")),
                  "class"),
              type(
                  "cumulativeExceedsStandard",
                  f -> new CumulativeExceedsStandard(f.text("class")),
                  "class"),
              type(
                  "glucocorticoidLongTerm",
                  f ->
                      new GlucocorticoidLongTerm(
                          f.text("class"),
                          f.integer("exposureDays"),
                          f.integer("courses"),
                          f.integer("courseGapDays")),
                  "class",
                  "exposureDays",
                  "courses",
                  "courseGapDays"),
              type(
                  "overlapsMeasurementPeriod",
                  f -> new OverlapsMeasurementPeriod(f.text("class")),
                  "class"),
              type(
                  "treatmentStartInPeriod",
                  f -> new TreatmentStartInPeriod(f.text("class")),
                  "class"),
              type(
                  "startWithLab",
                  f ->
                      new StartWithLab(
                          f.text("class"),
                          components(f),
                          f.integer("lookbackDays"),
                          f.integer("daysAfterStart")),
                  "class",
                  "components",
                  "lookbackDays",
                  "daysAfterStart"),
              type(
                  "lastEpisodeStoppedIn",
                  f -> new LastEpisodeStoppedIn(f.text("class"), f.window("window")),
                  "class",
                  "window"),
              type(
                  "noFollowUpAfterLastStart",
                  f -> new NoFollowUpAfterLastStart(f.text("class"), f.text("followUp")),
                  "class",
                  "followUp"),
              type(
                  "repeatedEgfrBelow",
                  f -> new RepeatedEgfrBelow(f.integer("threshold"), f.integer("minDaysApart")),
                  "threshold",
                  "minDaysApart"),
              type(
                  "latestEgfrBelow", f -> new LatestEgfrBelow(f.integer("threshold")), "threshold"),
              type(
                  "latestEgfrAtLeastDaysOld",
                  f -> new LatestEgfrAtLeastDaysOld(f.integer("days")),
                  "days"),
              type("anyEgfrBelow", f -> new AnyEgfrBelow(f.integer("threshold")), "threshold"),
              type("allOf", f -> new AllOf(list(f, "criteria")), "criteria"),
              type("anyOf", f -> new AnyOf(list(f, "criteria")), "criteria"),
              type("not", f -> new Not(read(f.object("criterion"))), "criterion")));

  private CriterionTypes() {}

  /** The known criterion types. */
  public static Set<String> types() {
    return TABLE.types();
  }

  /** Reads one criterion; {@code null} when it is malformed (the problems are recorded). */
  static Criterion read(JsonFields fields) {
    return TABLE.read(fields);
  }

  private static List<Criterion> list(JsonFields fields, String field) {
    List<Criterion> result = new ArrayList<>();
    for (JsonFields f : fields.objects(field)) {
      result.add(read(f));
    }
    return result;
  }

  private static List<LabComponent> components(JsonFields fields) {
    List<LabComponent> result = new ArrayList<>();
    for (JsonFields c : fields.objects("components")) {
      c.allowOnly(Set.of("id", "label", "anyOf"));
      String id = c.text("id");
      String label = c.text("label");
      List<List<String>> anyOf = c.textLists("anyOf");
      if (id != null && label != null && !anyOf.isEmpty()) {
        result.add(new LabComponent(id, label, anyOf));
      }
    }
    return result;
  }
}
