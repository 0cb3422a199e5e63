package nl.spiegelbeeld.plugin.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One indicator's summary counts of one stored measurement.
 *
 * @param measuredAt when the pull behind it finished
 */
public record HistoryPoint(
    String indicatorId,
    LocalDate referenceDate,
    String definitionVersion,
    int numerator,
    int denominator,
    int measurePopulation,
    Instant measuredAt) {

  public HistoryPoint {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(definitionVersion, "definitionVersion");
    Objects.requireNonNull(measuredAt, "measuredAt");
  }
}
