package nl.spiegelbeeld.plugin.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.spiegelbeeld.plugin.database.DatabaseConfig;
import nl.spiegelbeeld.plugin.session.SessionSettings;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;

/**
 * Everything the plugin is configured with. Built once in {@code main} (see {@link
 * AppConfigReader}) and passed down by constructor; nothing else reads the environment.
 *
 * @param host the address the server binds to; 127.0.0.1 keeps a local demo off the network
 * @param port the TCP port; 0 picks a free one (tests)
 * @param frameAncestors the CSP {@code frame-ancestors} sources: {@code 'none'}, or {@code 'self'}
 *     and origins of an HIS that shows Spiegelbeeld in a frame
 * @param secureCookies on in production (served over https): cookies get {@code Secure} and
 *     responses carry Strict-Transport-Security; off for the local demo over plain http
 * @param publicUrl where browsers and EHRs reach the app (required with secure cookies); without
 *     it, {@code http://localhost:<port>} (local demo)
 * @param ehrs the EHRs this deployment is registered with
 * @param sessions session lifetimes and cookie mode
 * @param database where sessions (and later worklist reviews) are kept
 * @param sessionKeyFile the AES key for tokens at rest; without it the embedded database's demo
 *     generates {@code plugin-session.key} beside its data directory
 */
public record AppConfig(
    String host,
    int port,
    String frameAncestors,
    boolean secureCookies,
    Optional<URI> publicUrl,
    EhrRegistrations ehrs,
    SessionSettings sessions,
    DatabaseConfig database,
    Optional<Path> sessionKeyFile,
    MeasurementConfig measurement) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A frame ancestor source: 'self' or an http(s) origin, optionally with a leading wildcard. */
  private static final Pattern SOURCE =
      Pattern.compile("'self'|https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

  /** The local demo's settings for everything but the listening address and headers. */
  public AppConfig(String host, int port, String frameAncestors, boolean secureCookies) {
    this(
        host,
        port,
        frameAncestors,
        secureCookies,
        Optional.empty(),
        EhrRegistrations.demo(),
        SessionSettings.defaults(),
        new DatabaseConfig.Embedded(DatabaseConfig.DEFAULT_DATA_DIRECTORY),
        Optional.empty(),
        MeasurementConfig.defaults());
  }

  public AppConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(frameAncestors, "frameAncestors");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(ehrs, "ehrs");
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(sessionKeyFile, "sessionKeyFile");
    // One space between sources: the value goes into a header, where a newline must never reach.
    frameAncestors = String.join(" ", SPACES.split(frameAncestors.strip()));
    List<String> problems = new ArrayList<>();
    if (host.isBlank()) {
      problems.add(Setting.HOST.label() + " mag niet leeg zijn.");
    }
    if (port < 0 || port > 65535) {
      problems.add(portProblem(String.valueOf(port)));
    }
    if (!validFrameAncestors(frameAncestors)) {
      problems.add(
          Setting.FRAME_ANCESTORS.label()
              + " moet 'none' zijn, of 'self' en/of http(s)-origins gescheiden door spaties"
              + " (bijvoorbeeld \"'self' https://his.example.nl\"); gekregen: '"
              + frameAncestors
              + "'.");
    }
    problems.addAll(smartProblems(secureCookies, publicUrl, sessions, database, sessionKeyFile));
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
  }

  private static List<String> smartProblems(
      boolean secureCookies,
      Optional<URI> publicUrl,
      SessionSettings sessions,
      DatabaseConfig database,
      Optional<Path> sessionKeyFile) {
    List<String> problems = new ArrayList<>();
    if (secureCookies && publicUrl.isEmpty()) {
      problems.add(
          Setting.PUBLIC_URL.label()
              + " is verplicht met "
              + Setting.SECURE_COOKIES.label()
              + ": het https-adres waarop uw HIS en browsers Spiegelbeeld bereiken.");
    }
    publicUrl
        .filter(url -> secureCookies && !"https".equals(url.getScheme()))
        .ifPresent(
            url ->
                problems.add(
                    Setting.PUBLIC_URL.label()
                        + " moet met https:// beginnen als "
                        + Setting.SECURE_COOKIES.label()
                        + " aan staat."));
    if (sessions.iframeCookies() && !secureCookies) {
      problems.add(
          Setting.IFRAME_COOKIES.label()
              + " vraagt ook "
              + Setting.SECURE_COOKIES.label()
              + " (browsers sturen cookies in een iframe alleen over https).");
    }
    if (database instanceof DatabaseConfig.Server && sessionKeyFile.isEmpty()) {
      problems.add(
          Setting.SESSION_KEY_FILE.label()
              + " is verplicht met een PostgreSQL-server: alle instanties moeten met dezelfde"
              + " sleutel de tokens in de sessies kunnen ontsleutelen.");
    }
    return problems;
  }

  /** The defaults: local only, port 8080, no framing, plain http. */
  public static AppConfig defaults() {
    return AppConfigReader.read(Map.of(), Map.of());
  }

  /** This config with another port; tests use port 0. */
  public AppConfig withPort(int newPort) {
    return new AppConfig(
        host,
        newPort,
        frameAncestors,
        secureCookies,
        publicUrl,
        ehrs,
        sessions,
        database,
        sessionKeyFile,
        measurement);
  }

  /** This config with other measurement settings. */
  public AppConfig withMeasurement(MeasurementConfig newMeasurement) {
    return new AppConfig(
        host,
        port,
        frameAncestors,
        secureCookies,
        publicUrl,
        ehrs,
        sessions,
        database,
        sessionKeyFile,
        newMeasurement);
  }

  /** The address to open in a browser once the server listens on {@code actualPort}. */
  public URI browserUrl(int actualPort) {
    if (publicUrl.isPresent()) {
      return URI.create(publicUrl.get() + "/");
    }
    boolean local = host.equals("127.0.0.1") || host.equals("0.0.0.0") || host.equals("::");
    String shown = local ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + actualPort + "/");
  }

  static String portProblem(String given) {
    return Setting.PORT.label()
        + " moet een getal van 0 tot en met 65535 zijn; gekregen: '"
        + given
        + "'.";
  }

  private static boolean validFrameAncestors(String normalized) {
    if (normalized.equals("'none'")) {
      return true;
    }
    // 'none' cannot be combined with sources, and anything else could smuggle in CSP directives.
    return !normalized.isEmpty()
        && SPACES.splitAsStream(normalized).allMatch(source -> SOURCE.matcher(source).matches());
  }
}
