package nl.spiegelbeeld.benchmark;

import java.time.Clock;
import java.util.Objects;

/**
 * What the service needs from outside besides its configuration.
 *
 * @param clock the clock for everything time-dependent (submission times, later)
 * @param version the build's version, reported by {@code /health}
 */
public record AppDependencies(Clock clock, String version) {

  public AppDependencies {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(version, "version");
  }
}
