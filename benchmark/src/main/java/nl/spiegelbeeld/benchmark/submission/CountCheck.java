package nl.spiegelbeeld.benchmark.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;

/**
 * The counts of one group of a report (indicators.md section 5): every count is 0 or at least k, or
 * absent and marked {@code masked} (data-absent-reason); for each numerator also denominator −
 * numerator is a cell; numerator ≤ denominator; only the shared strata (sex, shared age bands); per
 * stratifier, the strata add up to the group's count over the cells present, the suppressed ones
 * holding at least 1 each, and a single suppressed stratum must not be recomputable as a value
 * between 1 and k−1.
 */
final class CountCheck {

  private final int k;
  private final MeasureDefinition measure;
  private final String groupCode;
  private final Issues at;

  CountCheck(int k, MeasureDefinition measure, String groupCode, Issues at) {
    this.k = k;
    this.measure = measure;
    this.groupCode = groupCode;
    this.at = at;
  }

  /** A cell: its count, or empty when suppressed (masked). */
  private record Cell(Optional<Integer> count) {
    static final Cell MASKED = new Cell(Optional.empty());
  }

  CheckedReport.GroupResult check(MeasureReportGroupComponent group) {
    if (group.hasModifierExtension() || group.hasExtension()) {
      at.add(
          "not-supported",
          "extension",
          groupCode + ": extensies op een groep worden niet aangenomen.");
    }
    Map<String, Cell> totals = cells(populationsOf(group), at, groupCode);
    for (int s = 0; s < group.getStratifier().size(); s++) {
      stratifier(group.getStratifier().get(s), totals, at.in("stratifier[" + s + "]"));
    }
    return new CheckedReport.GroupResult(
        groupCode,
        totals.getOrDefault(Populations.DENOMINATOR, Cell.MASKED).count().orElse(null),
        totals.getOrDefault(Populations.NUMERATOR, Cell.MASKED).count().orElse(null));
  }

  private void stratifier(
      MeasureReportGroupStratifierComponent stratifier, Map<String, Cell> totals, Issues here) {
    String id =
        stratifier.getCode().isEmpty()
            ? null
            : ReportCheck.code(
                stratifier.getCodeFirstRep().getCoding(), WireFormat.STRATIFIER_SYSTEM);
    if (id == null || !SharedStrata.isShared(id) || !measure.stratifiers().contains(id)) {
      here.add(
          "security",
          "code",
          groupCode
              + ": stratificatie "
              + (id == null ? "zonder code" : "'" + id + "'")
              + " mag niet gedeeld worden; alleen geslacht (sex) en de gedeelde leeftijdsgroepen"
              + " (age-band-shared: < 65, 65–79, 80+) verlaten de praktijk, als de indicator ze"
              + " kent.");
      return;
    }
    for (Extension e : stratifier.getExtension()) {
      if (!WireFormat.EXT_SHARED.equals(e.getUrl())) {
        here.add("not-supported", "extension", groupCode + ": " + ReportCheck.unknownExtension(e));
      }
    }
    Map<String, Map<String, Cell>> strata = new LinkedHashMap<>();
    for (int i = 0; i < stratifier.getStratum().size(); i++) {
      StratifierGroupComponent stratum = stratifier.getStratum().get(i);
      Issues there = here.in("stratum[" + i + "]");
      String code =
          ReportCheck.code(stratum.getValue().getCoding(), WireFormat.STRATUM_SYSTEM + "/" + id);
      Optional<String> label = Optional.ofNullable(code).flatMap(c -> SharedStrata.label(id, c));
      if (label.isEmpty() || stratum.hasComponent()) {
        there.add(
            "security",
            "value",
            groupCode
                + ", "
                + SharedStrata.title(id)
                + ": stratum "
                + (code == null ? "zonder code" : "'" + code + "'")
                + " mag niet gedeeld worden; toegestaan: "
                + SharedStrata.allowedCodes(id)
                + ".");
        continue;
      }
      if (stratum.hasExtension() || stratum.hasModifierExtension()) {
        there.add(
            "not-supported",
            "extension",
            groupCode + ": extensies op een stratum worden niet aangenomen.");
      }
      String where = groupCode + ", " + SharedStrata.title(id) + " " + label.get();
      if (strata.put(code, cells(stratumPopulations(stratum), there, where)) != null) {
        there.add("invalid", "value", where + ": dit stratum staat twee keer in het rapport.");
      }
    }
    addsUp(id, totals, strata, here);
  }

  /** Per population: the strata add up to the group's count, over the cells that are present. */
  private void addsUp(
      String id, Map<String, Cell> totals, Map<String, Map<String, Cell>> strata, Issues here) {
    String where = groupCode + ", " + SharedStrata.title(id);
    for (Map.Entry<String, Cell> total : totals.entrySet()) {
      String population = Populations.name(total.getKey());
      int sum = 0;
      int masked = 0;
      for (Map.Entry<String, Map<String, Cell>> stratum : strata.entrySet()) {
        Cell cell = stratum.getValue().get(total.getKey());
        if (cell == null) {
          here.add(
              "required",
              "stratum",
              where
                  + " "
                  + SharedStrata.label(id, stratum.getKey()).orElseThrow()
                  + ": de "
                  + population
                  + " ontbreekt in dit stratum.");
          return;
        }
        if (cell.count().isPresent()) {
          sum += cell.count().get();
        } else {
          masked++;
        }
      }
      if (total.getValue().count().isPresent()) {
        int remainder = total.getValue().count().get() - sum;
        if (masked == 0 && remainder != 0) {
          here.add(
              "business-rule",
              "stratum",
              where
                  + ": de strata tellen voor de "
                  + population
                  + " op tot "
                  + sum
                  + ", niet tot "
                  + total.getValue().count().get()
                  + ".");
        } else if (masked > 0 && remainder < masked) {
          here.add(
              "business-rule",
              "stratum",
              where
                  + ": de strata die aanwezig zijn tellen voor de "
                  + population
                  + " al op tot "
                  + sum
                  + " van "
                  + total.getValue().count().get()
                  + ", te veel voor "
                  + masked
                  + " onderdrukte cel(len) van minstens 1.");
        } else if (masked == 1 && remainder < k) {
          here.add(
              "security",
              "stratum",
              where
                  + ": de onderdrukte cel van de "
                  + population
                  + " is terug te rekenen uit het totaal ("
                  + remainder
                  + ", kleiner dan k = "
                  + k
                  + "); onderdruk nog een cel (secundaire onderdrukking).");
        }
      } else if (masked == 0 && sum > 0 && sum < k) {
        here.add(
            "security",
            "stratum",
            where
                + ": de onderdrukte "
                + population
                + " is terug te rekenen als de som van de strata ("
                + sum
                + ", kleiner dan k = "
                + k
                + "); onderdruk ook een stratum.");
      }
    }
  }

  /** Reads the cells of a set of populations, checking each and numerator against denominator. */
  private Map<String, Cell> cells(List<PopulationView> populations, Issues here, String where) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < populations.size(); i++) {
      PopulationView p = populations.get(i);
      Issues there = here.in("population[" + i + "]");
      String code = ReportCheck.code(p.codings(), WireFormat.MEASURE_POPULATION);
      if (code == null || !Populations.known(code)) {
        there.add("invalid", "code", where + ": onbekende populatie '" + code + "'.");
        continue;
      }
      String name = Populations.name(code);
      if (p.subjectResults()) {
        there.add(
            "security",
            "subjectResults",
            where + ", " + name + ": een patiëntenlijst (subjectResults) wordt nooit gedeeld.");
      }
      if (p.extended()) {
        there.add(
            "not-supported",
            "extension",
            where + ", " + name + ": extensies op een populatie worden niet aangenomen.");
      }
      Cell cell = cell(p.count(), there, where + ", " + name);
      if (cells.put(code, cell) != null) {
        there.add("invalid", "code", where + ": de " + name + " staat twee keer in het rapport.");
      }
    }
    Cell numerator = cells.get(Populations.NUMERATOR);
    Cell denominator = cells.get(Populations.DENOMINATOR);
    if (numerator != null
        && denominator != null
        && numerator.count().isPresent()
        && denominator.count().isPresent()) {
      int n = numerator.count().get();
      int d = denominator.count().get();
      if (n > d) {
        here.add(
            "business-rule",
            "population",
            where + ": de teller (" + n + ") is groter dan de noemer (" + d + ").");
      } else if (n >= 0 && d - n > 0 && d - n < k) {
        here.add(
            "security",
            "population",
            where
                + ": noemer − teller = "
                + (d - n)
                + " ligt tussen 1 en "
                + (k - 1)
                + " (k = "
                + k
                + "); onderdruk de teller of de noemer (masked).");
      }
    }
    return cells;
  }

  private Cell cell(IntegerType count, Issues there, String where) {
    boolean masked =
        count.getExtension().stream()
            .anyMatch(
                e ->
                    WireFormat.DATA_ABSENT_REASON.equals(e.getUrl())
                        && e.getValue() instanceof CodeType c
                        && "masked".equals(c.getValue()));
    boolean otherExtensions =
        count.getExtension().stream()
            .anyMatch(e -> !WireFormat.DATA_ABSENT_REASON.equals(e.getUrl()));
    if (otherExtensions) {
      there.add(
          "not-supported",
          "count",
          where + ": alleen de extensie data-absent-reason (masked) mag op een aantal staan.");
    }
    if (!count.hasValue()) {
      if (!masked) {
        there.add(
            "required",
            "count",
            where
                + ": het aantal ontbreekt; een onderdrukte cel wordt gemarkeerd met"
                + " data-absent-reason 'masked'.");
      }
      return Cell.MASKED;
    }
    int value = count.getValue();
    if (masked) {
      there.add(
          "invalid",
          "count",
          where + ": een aantal is óf gegeven óf onderdrukt (masked), niet beide.");
    }
    if (value < 0) {
      there.add("value", "count", where + ": een aantal kan niet negatief zijn (" + value + ").");
    } else if (value > 0 && value < k) {
      there.add(
          "security",
          "count",
          where
              + ": "
              + value
              + " ligt tussen 1 en "
              + (k - 1)
              + " (k = "
              + k
              + ") en moet onderdrukt worden: laat het aantal weg en markeer het met"
              + " data-absent-reason 'masked'.");
    }
    return new Cell(Optional.of(value));
  }

  /** A population of a group or of a stratum: the same checks apply to both. */
  private record PopulationView(
      List<org.hl7.fhir.r4.model.Coding> codings,
      IntegerType count,
      boolean subjectResults,
      boolean extended) {}

  private static List<PopulationView> populationsOf(MeasureReportGroupComponent group) {
    List<PopulationView> views = new ArrayList<>();
    for (MeasureReportGroupPopulationComponent p : group.getPopulation()) {
      views.add(
          new PopulationView(
              p.getCode().getCoding(),
              p.getCountElement(),
              p.hasSubjectResults(),
              p.hasExtension() || p.hasModifierExtension()));
    }
    return views;
  }

  private static List<PopulationView> stratumPopulations(StratifierGroupComponent stratum) {
    List<PopulationView> views = new ArrayList<>();
    for (StratifierGroupPopulationComponent p : stratum.getPopulation()) {
      views.add(
          new PopulationView(
              p.getCode().getCoding(),
              p.getCountElement(),
              p.hasSubjectResults(),
              p.hasExtension() || p.hasModifierExtension()));
    }
    return views;
  }
}
