package nl.spiegelbeeld.plugin.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.plugin.database.DatabaseConfig;
import nl.spiegelbeeld.plugin.measurement.MeasurementSettings;
import nl.spiegelbeeld.plugin.session.SessionSettings;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;

/**
 * Reads {@link AppConfig} from the environment and the command-line flags. Collects every problem
 * before giving up, so one start-up shows all of them.
 */
public final class AppConfigReader {

  private AppConfigReader() {}

  /**
   * Reads the configuration: a flag wins over its environment variable, which wins over the
   * default.
   *
   * @param environment the process environment (in {@code main}: {@code System.getenv()})
   * @param flags the flags given on the command line; absent means not given
   * @throws InvalidConfiguration naming every setting that cannot be used
   */
  public static AppConfig read(Map<String, String> environment, Map<Setting, String> flags) {
    List<String> problems = new ArrayList<>();
    String host = raw(Setting.HOST, environment, flags).strip();
    int port = parsePort(raw(Setting.PORT, environment, flags), problems);
    String frameAncestors = raw(Setting.FRAME_ANCESTORS, environment, flags);
    boolean secureCookies =
        parseBoolean(
            Setting.SECURE_COOKIES, raw(Setting.SECURE_COOKIES, environment, flags), problems);
    Optional<URI> publicUrl = parsePublicUrl(raw(Setting.PUBLIC_URL, environment, flags), problems);
    EhrRegistrations ehrs = parseEhrs(raw(Setting.EHRS, environment, flags), problems);
    SessionSettings sessions = parseSessions(environment, flags, problems);
    DatabaseConfig database = null;
    try {
      database = DatabaseConfig.read(environment, flags);
    } catch (InvalidConfiguration e) {
      problems.addAll(e.problems());
    }
    Optional<Path> keyFile =
        parseKeyFile(raw(Setting.SESSION_KEY_FILE, environment, flags), problems);
    MeasurementConfig measurement = parseMeasurement(environment, flags, problems);
    if (ehrs == null || sessions == null || database == null) {
      throw new InvalidConfiguration(problems);
    }
    try {
      AppConfig config =
          new AppConfig(
              host,
              port,
              frameAncestors,
              secureCookies,
              publicUrl,
              ehrs,
              sessions,
              database,
              keyFile,
              measurement);
      if (problems.isEmpty()) {
        return config;
      }
    } catch (InvalidConfiguration e) {
      problems.addAll(e.problems());
    }
    throw new InvalidConfiguration(problems);
  }

  private static String raw(
      Setting setting, Map<String, String> environment, Map<Setting, String> flags) {
    String flag = flags.get(setting);
    if (flag != null) {
      return flag;
    }
    return environment.getOrDefault(setting.environmentVariable(), setting.defaultValue());
  }

  /** Returns the default port after recording a problem, so later settings are still checked. */
  private static int parsePort(String value, List<String> problems) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      problems.add(AppConfig.portProblem(value));
      return Integer.parseInt(Setting.PORT.defaultValue());
    }
  }

  private static Optional<URI> parsePublicUrl(String value, List<String> problems) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      URI uri = new URI(text);
      String scheme = String.valueOf(uri.getScheme());
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawPath().isEmpty()
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(
        Setting.PUBLIC_URL.label()
            + " moet een adres zonder pad zijn, zoals https://spiegelbeeld.zorggroep.nl;"
            + " gekregen: '"
            + value
            + "'.");
    return Optional.empty();
  }

  private static EhrRegistrations parseEhrs(String value, List<String> problems) {
    if (value.isBlank()) {
      return EhrRegistrations.demo();
    }
    try {
      return EhrRegistrations.read(Path.of(value.strip()));
    } catch (IllegalArgumentException e) {
      // InvalidPathException is an IllegalArgumentException too.
      problems.add(Setting.EHRS.label() + ": " + e.getMessage() + ".");
      return null;
    }
  }

  private static SessionSettings parseSessions(
      Map<String, String> environment, Map<Setting, String> flags, List<String> problems) {
    int idle =
        parseRange(
            Setting.SESSION_IDLE_MINUTES,
            raw(Setting.SESSION_IDLE_MINUTES, environment, flags),
            1,
            24 * 60,
            problems);
    int max =
        parseRange(
            Setting.SESSION_MAX_HOURS,
            raw(Setting.SESSION_MAX_HOURS, environment, flags),
            1,
            7 * 24,
            problems);
    boolean iframe =
        parseBoolean(
            Setting.IFRAME_COOKIES, raw(Setting.IFRAME_COOKIES, environment, flags), problems);
    if (Duration.ofMinutes(idle).compareTo(Duration.ofHours(max)) > 0) {
      problems.add(
          Setting.SESSION_IDLE_MINUTES.label()
              + " mag niet langer zijn dan "
              + Setting.SESSION_MAX_HOURS.label()
              + ".");
      return null;
    }
    return new SessionSettings(Duration.ofMinutes(idle), Duration.ofHours(max), iframe);
  }

  private static int parseRange(
      Setting setting, String value, int min, int max, List<String> problems) {
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        setting.label()
            + " moet een getal van "
            + min
            + " tot en met "
            + max
            + " zijn; gekregen: '"
            + value
            + "'.");
    return Integer.parseInt(setting.defaultValue());
  }

  private static MeasurementConfig parseMeasurement(
      Map<String, String> environment, Map<Setting, String> flags, List<String> problems) {
    String table = raw(Setting.GSTANDAARD_ATC, environment, flags).strip();
    Optional<Path> gStandaard = Optional.empty();
    if (!table.isEmpty()) {
      Path file = Path.of(table);
      if (Files.isReadable(file)) {
        gStandaard = Optional.of(file);
      } else {
        problems.add(
            Setting.GSTANDAARD_ATC.label() + ": het bestand " + file + " is niet leesbaar.");
      }
    }
    String hours = raw(Setting.CACHE_HOURS, environment, flags).strip();
    MeasurementSettings defaults = MeasurementSettings.defaults();
    Duration expiry = defaults.cacheExpiry();
    try {
      int h = Integer.parseInt(hours);
      if (h < 1 || h > 168) {
        throw new NumberFormatException();
      }
      expiry = Duration.ofHours(h);
    } catch (NumberFormatException e) {
      problems.add(
          Setting.CACHE_HOURS.label()
              + " moet een aantal uren van 1 tot en met 168 zijn; gekregen: '"
              + hours
              + "'.");
    }
    return new MeasurementConfig(
        gStandaard,
        new MeasurementSettings(expiry, defaults.cacheMaxFacts(), defaults.concurrentPulls()));
  }

  private static Optional<Path> parseKeyFile(String value, List<String> problems) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      Path file = Path.of(value.strip());
      if (!Files.isReadable(file)) {
        problems.add(
            Setting.SESSION_KEY_FILE.label()
                + ": het bestand "
                + file
                + " bestaat niet of is niet leesbaar. Maak het met: openssl rand -base64 32 >"
                + " "
                + file);
      }
      return Optional.of(file);
    } catch (InvalidPathException e) {
      problems.add(Setting.SESSION_KEY_FILE.label() + " is geen geldig pad.");
      return Optional.empty();
    }
  }

  private static boolean parseBoolean(Setting setting, String value, List<String> problems) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        problems.add(setting.label() + " moet 'true' of 'false' zijn; gekregen: '" + value + "'.");
        yield false;
      }
    };
  }
}
