package nl.spiegelbeeld.plugin;

import java.util.EnumMap;
import java.util.Map;
import nl.spiegelbeeld.plugin.config.Setting;
import picocli.CommandLine.Option;

/**
 * The flags of {@code serve}. Kept as strings so that flags and environment variables are parsed
 * and reported by the same code ({@link nl.spiegelbeeld.plugin.config.AppConfigReader}).
 */
final class ServeOptions {

  @Option(
      names = "--host",
      paramLabel = "ADRES",
      description = "Adres waarop de server luistert (SPIEGELBEELD_HOST; standaard 127.0.0.1).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "POORT",
      description = "TCP-poort, 0 = een vrije poort (SPIEGELBEELD_PORT; standaard 8080).")
  String port;

  @Option(
      names = "--frame-ancestors",
      paramLabel = "BRONNEN",
      description =
          "Wie Spiegelbeeld in een frame mag tonen: 'none', of 'self' en https-origins van het"
              + " HIS (SPIEGELBEELD_FRAME_ANCESTORS; standaard 'none').")
  String frameAncestors;

  @Option(
      names = "--secure-cookies",
      paramLabel = "true|false",
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Productie over https: Secure-cookies en HSTS (SPIEGELBEELD_SECURE_COOKIES; standaard"
              + " false).")
  String secureCookies;

  /** The flags that were given; the rest come from the environment or the defaults. */
  Map<Setting, String> given() {
    Map<Setting, String> given = new EnumMap<>(Setting.class);
    putIfGiven(given, Setting.HOST, host);
    putIfGiven(given, Setting.PORT, port);
    putIfGiven(given, Setting.FRAME_ANCESTORS, frameAncestors);
    putIfGiven(given, Setting.SECURE_COOKIES, secureCookies);
    return given;
  }

  private static void putIfGiven(Map<Setting, String> given, Setting setting, String value) {
    if (value != null) {
      given.put(setting, value);
    }
  }
}
