package nl.spiegelbeeld.plugin.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.plugin.measurement.MeasurementSettings;

/**
 * How the app measures: the practice's G-Standaard → ATC table and the cache.
 *
 * @param gStandaardAtc the table (CSV, see fhir-mappings' {@code GStandaardAtcTable}); without it
 *     medication coded only in the G-Standaard is counted as unclassified
 */
public record MeasurementConfig(Optional<Path> gStandaardAtc, MeasurementSettings settings) {

  public MeasurementConfig {
    Objects.requireNonNull(gStandaardAtc, "gStandaardAtc");
    Objects.requireNonNull(settings, "settings");
  }

  public static MeasurementConfig defaults() {
    return new MeasurementConfig(Optional.empty(), MeasurementSettings.defaults());
  }
}
