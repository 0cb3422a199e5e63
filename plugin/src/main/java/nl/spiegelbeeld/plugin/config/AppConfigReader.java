package nl.spiegelbeeld.plugin.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    try {
      AppConfig config = new AppConfig(host, port, frameAncestors, secureCookies);
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
