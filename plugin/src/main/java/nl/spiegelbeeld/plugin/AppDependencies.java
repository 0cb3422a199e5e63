package nl.spiegelbeeld.plugin;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.config.InvalidConfiguration;
import nl.spiegelbeeld.plugin.config.Setting;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.measurement.PracticeLoader;
import nl.spiegelbeeld.plugin.measurement.PullLoader;
import nl.spiegelbeeld.plugin.pull.FhirHttp;
import nl.spiegelbeeld.plugin.pull.LaunchPracticeResolver;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullOptions;
import nl.spiegelbeeld.plugin.pull.Sleeper;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;

/**
 * What the app needs from outside besides its configuration. Tests pass a controllable clock and
 * their own practice resolver.
 *
 * @param clock the clock for everything time-dependent (session expiry, token expiry, the default
 *     peildatum); its zone is the zone times are shown in
 * @param version the build's version, reported by {@code /health}
 * @param practiceResolver finds the practice of a signed-in user on the EHR's FHIR server
 * @param http the client for SMART discovery
 * @param practiceLoader pulls a session's practice data for the measurements
 */
public record AppDependencies(
    Clock clock,
    String version,
    PracticeResolver practiceResolver,
    HttpClient http,
    PracticeLoader practiceLoader) {

  public AppDependencies {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(practiceResolver, "practiceResolver");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(practiceLoader, "practiceLoader");
  }

  /**
   * Without a practice resolver every launch ends on the Dutch "practice not found" page; the pull
   * feature provides the real one.
   */
  public AppDependencies(Clock clock, String version) {
    this(clock, version, unresolved(), defaultHttp(), notConfigured());
  }

  public AppDependencies(Clock clock, String version, PracticeResolver practiceResolver) {
    this(clock, version, practiceResolver, defaultHttp(), notConfigured());
  }

  static HttpClient defaultHttp() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Tests that do not measure: a measurement ends as failed. */
  private static PracticeLoader notConfigured() {
    return (session, referenceDate, listener, cancellation) -> {
      throw new IllegalStateException("no practice loader configured");
    };
  }

  private static PracticeResolver unresolved() {
    return (fhirBase, fhirUser, tokens) -> {
      throw new PracticeResolver.PracticeNotResolved("no practice resolver configured");
    };
  }

  /**
   * The production wiring: the launch's practice lookup and the measurements both through one real
   * FHIR pull, with the configured G-Standaard table.
   *
   * @throws InvalidConfiguration when the G-Standaard table cannot be read
   */
  public static AppDependencies production(AppConfig config, Clock clock) {
    PracticePull pull =
        new PracticePull(
            FhirContext.forR4Cached(),
            FhirHttp.defaultClient(),
            Sleeper.real(),
            PullOptions.standard(),
            clock);
    return new AppDependencies(
        clock,
        Version.current(),
        new LaunchPracticeResolver(pull),
        defaultHttp(),
        new PullLoader(pull, Catalogue.load(), gStandaard(config)));
  }

  private static GStandaardAtcTable gStandaard(AppConfig config) {
    if (config.measurement().gStandaardAtc().isEmpty()) {
      return GStandaardAtcTable.empty();
    }
    Path file = config.measurement().gStandaardAtc().get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return GStandaardAtcTable.read(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidConfiguration(
          List.of(
              Setting.GSTANDAARD_ATC.label()
                  + ": "
                  + file
                  + " is geen bruikbare G-Standaard → ATC-tabel ("
                  + e.getMessage()
                  + ")."));
    }
  }
}
