package nl.spiegelbeeld.plugin.api;

import java.time.Clock;
import java.util.Objects;
import nl.spiegelbeeld.plugin.history.MeasurementHistory;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.measurement.Measurements;
import nl.spiegelbeeld.plugin.worklist.ReviewStore;

/**
 * What the screens' API needs.
 *
 * @param clock today's date (the default peildatum) in the clock's zone
 */
public record ApiDependencies(
    Measurements measurements,
    ReviewStore reviews,
    MeasurementHistory history,
    Catalogue catalogue,
    Headlines headlines,
    Clock clock) {

  public ApiDependencies {
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(reviews, "reviews");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(headlines, "headlines");
    Objects.requireNonNull(clock, "clock");
  }
}
