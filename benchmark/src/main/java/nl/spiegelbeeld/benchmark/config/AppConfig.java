package nl.spiegelbeeld.benchmark.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the benchmark service is configured with, read once in {@code main} and passed down.
 *
 * @param host the address to bind to; 127.0.0.1 keeps a local run off the network
 * @param port the TCP port; 0 picks a free one (tests)
 * @param https on when served over https (production): responses then carry HSTS
 * @param database the PostgreSQL server, or the embedded PostgreSQL's data directory
 * @param publicUrl the service's URL as practices address it: the audience ({@code aud}) their
 *     client assertions must name; without a trailing slash
 */
public record AppConfig(
    String host, int port, boolean https, DatabaseConfig database, String publicUrl) {

  static final String HOST = "SPIEGELBEELD_BENCHMARK_HOST (--host)";
  static final String PORT = "SPIEGELBEELD_BENCHMARK_PORT (--port)";
  static final String HTTPS = "SPIEGELBEELD_BENCHMARK_HTTPS (--https)";
  static final String PUBLIC_URL = "SPIEGELBEELD_BENCHMARK_PUBLIC_URL (--public-url)";

  public AppConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(publicUrl, "publicUrl");
    List<String> problems = addressProblems(host, port);
    problems.addAll(publicUrlProblems(publicUrl));
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
  }

  /** With the local default public URL {@code http://localhost:<port>}. */
  public AppConfig(String host, int port, boolean https, DatabaseConfig database) {
    this(host, port, https, database, localUrl(port));
  }

  /**
   * Reads the configuration: a flag (key {@code host}, {@code port}, {@code https}, {@code
   * jdbc-url}, {@code jdbc-user} or {@code data-dir}) wins over its environment variable, which
   * wins over the default (127.0.0.1, 8090, false, an embedded PostgreSQL in {@code
   * data/benchmark-pg}).
   *
   * @throws InvalidConfiguration naming every setting that cannot be used
   */
  public static AppConfig read(Map<String, String> environment, Map<String, String> flags) {
    List<String> problems = new ArrayList<>();
    String host = value("host", "SPIEGELBEELD_BENCHMARK_HOST", "127.0.0.1", environment, flags);
    String port = value("port", "SPIEGELBEELD_BENCHMARK_PORT", "8090", environment, flags);
    String https = value("https", "SPIEGELBEELD_BENCHMARK_HTTPS", "false", environment, flags);
    int portNumber = 8090;
    try {
      portNumber = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      problems.add(portProblem(port));
    }
    String httpsValue = https.strip().toLowerCase(Locale.ROOT);
    if (!httpsValue.equals("true") && !httpsValue.equals("false")) {
      problems.add(HTTPS + " moet 'true' of 'false' zijn; gekregen: '" + https + "'.");
    }
    problems.addAll(addressProblems(host.strip(), portNumber));
    String publicUrl =
        value(
                "public-url",
                "SPIEGELBEELD_BENCHMARK_PUBLIC_URL",
                localUrl(portNumber),
                environment,
                flags)
            .strip()
            .replaceAll("/+$", "");
    problems.addAll(publicUrlProblems(publicUrl));
    DatabaseConfig database = null;
    try {
      database = DatabaseConfig.read(environment, flags);
    } catch (InvalidConfiguration e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
    return new AppConfig(host.strip(), portNumber, httpsValue.equals("true"), database, publicUrl);
  }

  private static List<String> addressProblems(String host, int port) {
    List<String> problems = new ArrayList<>();
    if (host.isBlank()) {
      problems.add(HOST + " mag niet leeg zijn.");
    }
    if (port < 0 || port > 65535) {
      problems.add(portProblem(String.valueOf(port)));
    }
    return problems;
  }

  private static String localUrl(int port) {
    return "http://localhost:" + port;
  }

  private static List<String> publicUrlProblems(String url) {
    if (url.matches("https?://[^/?#\\s]+(/[^?#\\s]*[^/?#\\s])?")) {
      return List.of();
    }
    return List.of(
        PUBLIC_URL
            + " moet het adres van de dienst zijn zoals praktijken het aanroepen, zonder / aan het"
            + " eind, bijvoorbeeld https://benchmark.spiegelbeeld.nl; gekregen: '"
            + url
            + "'.");
  }

  private static String value(
      String flag,
      String variable,
      String defaultValue,
      Map<String, String> environment,
      Map<String, String> flags) {
    String given = flags.get(flag);
    return given != null ? given : environment.getOrDefault(variable, defaultValue);
  }

  private static String portProblem(String given) {
    return PORT + " moet een getal van 0 tot en met 65535 zijn; gekregen: '" + given + "'.";
  }
}
