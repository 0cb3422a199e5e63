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

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Het adres waarop browsers en het HIS Spiegelbeeld bereiken, zonder pad; het"
              + " terugkeeradres is URL/callback (SPIEGELBEELD_PUBLIC_URL; verplicht met"
              + " --secure-cookies).")
  String publicUrl;

  @Option(
      names = "--ehrs",
      paramLabel = "BESTAND",
      description =
          "JSON-bestand met de HIS-registraties: iss, clientId, clientType, sleutels"
              + " (SPIEGELBEELD_EHRS; standaard de lokale sandbox op poort 8070).")
  String ehrs;

  @Option(
      names = "--session-key-file",
      paramLabel = "BESTAND",
      description =
          "AES-sleutel (32 bytes, Base64) die de tokens in de database versleutelt"
              + " (SPIEGELBEELD_SESSION_KEY_FILE; standaard gemaakt naast de ingebouwde database).")
  String sessionKeyFile;

  @Option(
      names = "--session-idle-minutes",
      paramLabel = "MINUTEN",
      description = "Sessie verloopt na zoveel minuten zonder gebruik (standaard 30).")
  String sessionIdleMinutes;

  @Option(
      names = "--session-max-hours",
      paramLabel = "UREN",
      description = "Sessie verloopt hoe dan ook na zoveel uren (standaard 10).")
  String sessionMaxHours;

  @Option(
      names = "--iframe-cookies",
      paramLabel = "true|false",
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Cookies voor Spiegelbeeld in een iframe van het HIS: SameSite=None; Secure;"
              + " Partitioned (SPIEGELBEELD_IFRAME_COOKIES; vraagt --secure-cookies).")
  String iframeCookies;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "PostgreSQL-server voor de sessies (SPIEGELBEELD_JDBC_URL; wachtwoord in"
              + " SPIEGELBEELD_JDBC_PASSWORD); zonder: ingebouwde PostgreSQL.")
  String jdbcUrl;

  @Option(
      names = "--jdbc-user",
      paramLabel = "GEBRUIKER",
      description = "Gebruiker voor --jdbc-url (SPIEGELBEELD_JDBC_USER).")
  String jdbcUser;

  @Option(
      names = "--data-dir",
      paramLabel = "MAP",
      description =
          "Map van de ingebouwde PostgreSQL (SPIEGELBEELD_DATA; standaard data/plugin-pg).")
  String dataDir;

  @Option(
      names = "--gstandaard-atc",
      paramLabel = "BESTAND",
      description =
          "G-Standaard → ATC-tabel van de praktijk (CSV: system,code,atc)"
              + " (SPIEGELBEELD_GSTANDAARD_ATC; zonder tabel telt alleen ATC-gecodeerde medicatie).")
  String gStandaardAtc;

  @Option(
      names = "--cache-hours",
      paramLabel = "UREN",
      description =
          "Hoe lang een volledige meting hergebruikt wordt (SPIEGELBEELD_CACHE_HOURS; standaard"
              + " 4).")
  String cacheHours;

  @Option(
      names = "--benchmark-url",
      paramLabel = "URL",
      description =
          "De benchmarkdienst van de wijkgroep (SPIEGELBEELD_BENCHMARK_URL; standaard"
              + " http://localhost:8090).")
  String benchmarkUrl;

  @Option(
      names = "--benchmark-audience",
      paramLabel = "URL",
      description =
          "Het publieke adres van de benchmarkdienst, de 'aud' van de handtekening"
              + " (SPIEGELBEELD_BENCHMARK_AUDIENCE; standaard de benchmark-URL).")
  String benchmarkAudience;

  @Option(
      names = "--benchmark-key-file",
      paramLabel = "BESTAND",
      description =
          "Privésleutel (JWK of PEM) waarmee Spiegelbeeld zich bij de benchmark meldt"
              + " (SPIEGELBEELD_BENCHMARK_KEY_FILE; standaard voor de demo een sleutel naast de"
              + " data).")
  String benchmarkKeyFile;

  /** The flags that were given; the rest come from the environment or the defaults. */
  Map<Setting, String> given() {
    Map<Setting, String> given = new EnumMap<>(Setting.class);
    putIfGiven(given, Setting.HOST, host);
    putIfGiven(given, Setting.PORT, port);
    putIfGiven(given, Setting.FRAME_ANCESTORS, frameAncestors);
    putIfGiven(given, Setting.SECURE_COOKIES, secureCookies);
    putIfGiven(given, Setting.PUBLIC_URL, publicUrl);
    putIfGiven(given, Setting.EHRS, ehrs);
    putIfGiven(given, Setting.SESSION_KEY_FILE, sessionKeyFile);
    putIfGiven(given, Setting.SESSION_IDLE_MINUTES, sessionIdleMinutes);
    putIfGiven(given, Setting.SESSION_MAX_HOURS, sessionMaxHours);
    putIfGiven(given, Setting.IFRAME_COOKIES, iframeCookies);
    putIfGiven(given, Setting.JDBC_URL, jdbcUrl);
    putIfGiven(given, Setting.JDBC_USER, jdbcUser);
    putIfGiven(given, Setting.DATA_DIR, dataDir);
    putIfGiven(given, Setting.GSTANDAARD_ATC, gStandaardAtc);
    putIfGiven(given, Setting.CACHE_HOURS, cacheHours);
    putIfGiven(given, Setting.BENCHMARK_URL, benchmarkUrl);
    putIfGiven(given, Setting.BENCHMARK_AUDIENCE, benchmarkAudience);
    putIfGiven(given, Setting.BENCHMARK_KEY_FILE, benchmarkKeyFile);
    return given;
  }

  private static void putIfGiven(Map<Setting, String> given, Setting setting, String value) {
    if (value != null) {
      given.put(setting, value);
    }
  }
}
