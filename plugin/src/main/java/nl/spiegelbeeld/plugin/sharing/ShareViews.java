package nl.spiegelbeeld.plugin.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.sharing.IndicatorShare.GroupShare;
import nl.spiegelbeeld.plugin.sharing.IndicatorShare.Row;
import nl.spiegelbeeld.plugin.sharing.IndicatorShare.ShownCell;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;

/** The Delen screen's reading of a suppressed report: counts per group and stratum, in Dutch. */
final class ShareViews {

  private static final Map<String, String> NAMES =
      Map.of(
          "initial-population", "initiële populatie",
          "denominator", "noemer",
          "denominator-exclusion", "exclusies",
          "numerator", "teller",
          "measure-population", "meetpopulatie");

  private ShareViews() {}

  static IndicatorShare indicator(
      IndicatorResult r, MeasureReport report, List<SuppressedCell> suppressed, int k) {
    List<GroupShare> groups = new ArrayList<>();
    for (MeasureReportGroupComponent g : report.getGroup()) {
      String code = g.getCode().getCodingFirstRep().getCode();
      List<Row> rows = new ArrayList<>();
      List<ShownCell> totals = new ArrayList<>();
      g.getPopulation()
          .forEach(
              p ->
                  totals.add(
                      cell(
                          code,
                          null,
                          null,
                          population(p.getCode()),
                          p.getCountElement(),
                          suppressed,
                          k)));
      rows.add(new Row(null, null, totals));
      for (MeasureReportGroupStratifierComponent s : g.getStratifier()) {
        String id = s.getCodeFirstRep().getCodingFirstRep().getCode();
        String title = s.getCodeFirstRep().getCodingFirstRep().getDisplay();
        for (StratifierGroupComponent stratum : s.getStratum()) {
          String value = stratum.getValue().getCodingFirstRep().getCode();
          List<ShownCell> cells = new ArrayList<>();
          stratum
              .getPopulation()
              .forEach(
                  p ->
                      cells.add(
                          cell(
                              code,
                              id,
                              value,
                              population(p.getCode()),
                              p.getCountElement(),
                              suppressed,
                              k)));
          rows.add(new Row(title, stratum.getValue().getText(), cells));
        }
      }
      groups.add(new GroupShare(code, g.getCode().getCodingFirstRep().getDisplay(), rows));
    }
    return new IndicatorShare(
        r.id(), r.definition().title().nl(), r.definition().version(), groups);
  }

  private static String population(org.hl7.fhir.r4.model.CodeableConcept code) {
    return code.getCodingFirstRep().getCode();
  }

  private static ShownCell cell(
      String group,
      String stratifier,
      String stratum,
      String population,
      IntegerType count,
      List<SuppressedCell> suppressed,
      int k) {
    String name = NAMES.getOrDefault(population, population);
    if (count.hasValue()) {
      return new ShownCell(population, name, count.getValue(), null);
    }
    SuppressedCell.Reason reason =
        suppressed.stream()
            .filter(
                c ->
                    c.group().equals(group)
                        && Objects.equals(c.stratifier(), stratifier)
                        && Objects.equals(c.stratum(), stratum)
                        && c.population().equals(population))
            .map(SuppressedCell::reason)
            .findFirst()
            .orElse(SuppressedCell.Reason.SECONDARY);
    return new ShownCell(population, name, null, reason(reason, k));
  }

  /** Why a count is left out, in plain Dutch. */
  static String reason(SuppressedCell.Reason reason, int k) {
    return switch (reason) {
      case SMALL -> "minder dan " + k + " patiënten (1 t/m " + (k - 1) + ")";
      case DENOMINATOR_MINUS_NUMERATOR ->
          "noemer min teller is 1 t/m " + (k - 1) + ": de teller zou die kleine groep verraden";
      case SECONDARY ->
          "anders terug te rekenen uit het totaal en de andere aantallen (secundaire"
              + " onderdrukking)";
    };
  }
}
