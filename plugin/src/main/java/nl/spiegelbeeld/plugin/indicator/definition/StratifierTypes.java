package nl.spiegelbeeld.plugin.indicator.definition;

import static nl.spiegelbeeld.plugin.indicator.definition.TypeTable.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.strata.AgeBandStratifier;
import nl.spiegelbeeld.plugin.indicator.strata.AgentOnReferenceDate;
import nl.spiegelbeeld.plugin.indicator.strata.CumulativeDuration;
import nl.spiegelbeeld.plugin.indicator.strata.EgfrInWindow;
import nl.spiegelbeeld.plugin.indicator.strata.LowestRepeatedEgfr;
import nl.spiegelbeeld.plugin.indicator.strata.SexStratifier;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;
import nl.spiegelbeeld.plugin.indicator.strata.TreatmentStatus;

/** The one table from a stratifier's JSON {@code type} to its record. */
public final class StratifierTypes {

  private static final TypeTable<Stratifier> TABLE =
      new TypeTable<>(
          "stratifier",
          Map.ofEntries(
              type("sex", f -> new SexStratifier()),
              type("ageBand", StratifierTypes::ageBand, "bands"),
              type(
                  "treatmentStatus",
                  f -> new TreatmentStatus(f.text("class"), f.integer("earlierYears")),
                  "class",
                  "earlierYears"),
              type("agent", f -> new AgentOnReferenceDate(f.text("class")), "class"),
              type(
                  "cumulativeDuration",
                  f -> new CumulativeDuration(f.text("class"), durationBands(f)),
                  "class",
                  "bands"),
              type(
                  "lowestRepeatedEgfr",
                  f -> new LowestRepeatedEgfr(f.integer("minDaysApart"), egfrBands(f)),
                  "minDaysApart",
                  "bands"),
              type("egfrInWindow", f -> new EgfrInWindow(f.integer("threshold")), "threshold")));

  private StratifierTypes() {}

  public static Set<String> types() {
    return TABLE.types();
  }

  static Stratifier read(JsonFields fields) {
    return TABLE.read(fields);
  }

  private static AgeBandStratifier ageBand(JsonFields f) {
    String bands = f.text("bands");
    if ("local".equals(bands)) {
      return new AgeBandStratifier(AgeBandStratifier.Bands.LOCAL);
    }
    if ("shared".equals(bands)) {
      return new AgeBandStratifier(AgeBandStratifier.Bands.SHARED);
    }
    f.problem("bands must be 'local' or 'shared'");
    return null;
  }

  private static List<CumulativeDuration.Band> durationBands(JsonFields f) {
    List<CumulativeDuration.Band> bands = new ArrayList<>();
    for (JsonFields b : f.objects("bands")) {
      b.allowOnly(Set.of("code", "label", "belowDays", "maxYears"));
      bands.add(
          new CumulativeDuration.Band(
              b.text("code"),
              b.text("label"),
              b.optionalInteger("belowDays"),
              b.optionalInteger("maxYears")));
    }
    return bands;
  }

  private static List<LowestRepeatedEgfr.Band> egfrBands(JsonFields f) {
    List<LowestRepeatedEgfr.Band> bands = new ArrayList<>();
    for (JsonFields b : f.objects("bands")) {
      b.allowOnly(Set.of("code", "label", "threshold"));
      bands.add(
          new LowestRepeatedEgfr.Band(b.text("code"), b.text("label"), b.integer("threshold")));
    }
    return bands;
  }
}
