package nl.spiegelbeeld.plugin;

import java.time.Clock;
import java.util.Objects;

/**
 * What the app needs from outside besides its configuration. Tests pass a fixed clock.
 *
 * @param clock the clock for everything time-dependent (launch times now; the default peildatum and
 *     session expiry later); its zone is the zone times are shown in
 * @param version the build's version, reported by {@code /health}
 */
public record AppDependencies(Clock clock, String version) {

  public AppDependencies {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(version, "version");
  }
}
