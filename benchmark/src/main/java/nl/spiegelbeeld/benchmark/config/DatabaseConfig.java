package nl.spiegelbeeld.benchmark.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the benchmark keeps its data: a PostgreSQL server (production) or, when no server is
 * configured, an embedded PostgreSQL started in-process on a kept data directory.
 */
public sealed interface DatabaseConfig {

  String JDBC_URL = "SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url)";
  String JDBC_USER = "SPIEGELBEELD_BENCHMARK_JDBC_USER (--jdbc-user)";
  // Environment only: a flag would show the password in the process list.
  String JDBC_PASSWORD = "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD";
  String DATA = "SPIEGELBEELD_BENCHMARK_DATA (--data-dir)";

  /** The embedded server's data directory when none is given; relative to the working directory. */
  Path DEFAULT_DATA_DIRECTORY = Path.of("data", "benchmark-pg");

  /**
   * An embedded PostgreSQL, started and stopped with the service.
   *
   * @param dataDirectory kept between runs, so the data survives a restart
   */
  record Embedded(Path dataDirectory) implements DatabaseConfig {
    public Embedded {
      Objects.requireNonNull(dataDirectory, "dataDirectory");
    }
  }

  /**
   * A PostgreSQL server the service connects to.
   *
   * @param jdbcUrl a {@code jdbc:postgresql:} URL without a password, so it may be logged
   * @param user the database user; the driver's default when empty
   * @param password the user's password; never part of {@link #toString()}
   */
  record Server(String jdbcUrl, Optional<String> user, Optional<String> password)
      implements DatabaseConfig {

    public Server {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      List<String> problems = new ArrayList<>();
      // The given URL is never repeated in a message: it may hold a password.
      if (!jdbcUrl.strip().startsWith("jdbc:postgresql:")) {
        problems.add(
            JDBC_URL
                + " moet een JDBC-adres van PostgreSQL zijn, zoals"
                + " jdbc:postgresql://db.example.nl:5432/benchmark.");
      }
      if (jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) {
        problems.add(JDBC_URL + " mag geen wachtwoord bevatten; zet dat in " + JDBC_PASSWORD + ".");
      }
      if (user.isPresent() && user.get().isBlank()) {
        problems.add(JDBC_USER + " mag niet leeg zijn.");
      }
      if (password.isPresent() && password.get().isEmpty()) {
        problems.add(JDBC_PASSWORD + " mag niet leeg zijn.");
      }
      if (!problems.isEmpty()) {
        throw new InvalidConfiguration(problems);
      }
    }

    @Override
    public String toString() {
      return "Server[jdbcUrl="
          + jdbcUrl
          + ", user="
          + user.orElse("(standaard)")
          + ", password="
          + (password.isPresent() ? "***" : "(geen)")
          + "]";
    }
  }

  /**
   * Reads the database settings: with {@code jdbc-url} a server, otherwise an embedded PostgreSQL
   * on {@code data-dir}. Settings that only apply to the other kind are reported, not ignored: a
   * forgotten URL must not quietly start an embedded database in production.
   *
   * @throws InvalidConfiguration naming every setting that cannot be used
   */
  public static DatabaseConfig read(Map<String, String> environment, Map<String, String> flags) {
    Optional<String> url = given("jdbc-url", "SPIEGELBEELD_BENCHMARK_JDBC_URL", environment, flags);
    Optional<String> user =
        given("jdbc-user", "SPIEGELBEELD_BENCHMARK_JDBC_USER", environment, flags);
    Optional<String> password =
        Optional.ofNullable(environment.get("SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD"));
    Optional<String> data = given("data-dir", "SPIEGELBEELD_BENCHMARK_DATA", environment, flags);
    List<String> problems = new ArrayList<>();
    DatabaseConfig config = null;
    if (url.isPresent()) {
      data.ifPresent(
          d ->
              problems.add(
                  DATA
                      + " geldt alleen voor de ingebouwde PostgreSQL, niet samen met "
                      + JDBC_URL
                      + "."));
      try {
        config = new Server(url.get().strip(), user.map(String::strip), password);
      } catch (InvalidConfiguration e) {
        problems.addAll(e.problems());
      }
    } else {
      user.ifPresent(u -> problems.add(onlyWithUrl(JDBC_USER)));
      password.ifPresent(p -> problems.add(onlyWithUrl(JDBC_PASSWORD)));
      config = embedded(data.orElse(DEFAULT_DATA_DIRECTORY.toString()).strip(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
    return config;
  }

  private static Embedded embedded(String directory, List<String> problems) {
    if (directory.isEmpty()) {
      problems.add(DATA + " mag niet leeg zijn.");
      return null;
    }
    try {
      return new Embedded(Path.of(directory));
    } catch (InvalidPathException e) {
      problems.add(DATA + " is geen geldig pad; gekregen: '" + directory + "'.");
      return null;
    }
  }

  private static Optional<String> given(
      String flag, String variable, Map<String, String> environment, Map<String, String> flags) {
    String value = flags.get(flag);
    return Optional.ofNullable(value != null ? value : environment.get(variable));
  }

  private static String onlyWithUrl(String setting) {
    return setting
        + " geldt alleen samen met "
        + JDBC_URL
        + "; zonder dat adres start de ingebouwde PostgreSQL.";
  }
}
