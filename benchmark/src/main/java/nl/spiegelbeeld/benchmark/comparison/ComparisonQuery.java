package nl.spiegelbeeld.benchmark.comparison;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.web.ApiProblem;

/**
 * The query of a comparison: {@code measure=URL|VERSION}, {@code period=START/END} (ISO dates, as
 * the report's period) and optionally {@code group=CODE} (a sub-indicator such as OST-09a; default
 * the indicator itself, the Measure's first group).
 */
record ComparisonQuery(
    MeasureDefinition measure, String groupCode, LocalDate start, LocalDate end) {

  static ComparisonQuery read(Context ctx, MeasureStore measures) {
    String canonical = ctx.queryParam("measure");
    if (canonical == null || !canonical.contains("|")) {
      throw ApiProblem.badRequest(
          "Geef de indicator als measure=URL|versie, bijvoorbeeld"
              + " measure=https://spiegelbeeld.nl/fhir/Measure/OST-04|1.0.0.");
    }
    String url = canonical.substring(0, canonical.indexOf('|'));
    String version = canonical.substring(canonical.indexOf('|') + 1);
    MeasureDefinition measure =
        measures
            .find(url, version)
            .orElseThrow(
                () ->
                    ApiProblem.notFound(
                        "De benchmark kent indicator " + url + " versie " + version + " niet."));
    String groupCode = ctx.queryParam("group");
    if (groupCode == null) {
      groupCode = measure.groupCodes().get(0);
    } else if (!measure.groupCodes().contains(groupCode)) {
      throw ApiProblem.badRequest(
          "Groep '"
              + groupCode
              + "' hoort niet bij deze indicator; kies uit "
              + String.join(", ", measure.groupCodes())
              + ".");
    }
    String period = ctx.queryParam("period");
    String[] parts = period == null ? new String[0] : period.split("/", -1);
    try {
      if (parts.length != 2) {
        throw new DateTimeParseException("no range", String.valueOf(period), 0);
      }
      return new ComparisonQuery(
          measure, groupCode, LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(
          "Geef de periode als period=begin/eind in JJJJ-MM-DD, zoals in het rapport,"
              + " bijvoorbeeld period=2025-11-24/2026-11-23.");
    }
  }
}
