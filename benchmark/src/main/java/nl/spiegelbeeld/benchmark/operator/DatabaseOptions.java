package nl.spiegelbeeld.benchmark.operator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import nl.spiegelbeeld.benchmark.storage.Database;
import picocli.CommandLine.Option;

/**
 * The database flags of the operator commands: the same settings (and environment variables) as
 * {@code serve}. With the embedded PostgreSQL the service must not be running on the same data
 * directory meanwhile: PostgreSQL allows one server per directory.
 */
final class DatabaseOptions {

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "PostgreSQL-server (SPIEGELBEELD_BENCHMARK_JDBC_URL); zonder: de ingebouwde.")
  String jdbcUrl;

  @Option(
      names = "--jdbc-user",
      paramLabel = "GEBRUIKER",
      description = "Gebruiker op de PostgreSQL-server (SPIEGELBEELD_BENCHMARK_JDBC_USER).")
  String jdbcUser;

  @Option(
      names = "--data-dir",
      paramLabel = "MAP",
      description =
          "Datamap van de ingebouwde PostgreSQL (SPIEGELBEELD_BENCHMARK_DATA; standaard"
              + " data/benchmark-pg).")
  String dataDir;

  /** Starts (or connects to) and migrates the database, runs the work, stops it again. */
  <T> T with(Map<String, String> environment, Function<Database, T> work) {
    Map<String, String> flags = new HashMap<>();
    if (jdbcUrl != null) {
      flags.put("jdbc-url", jdbcUrl);
    }
    if (jdbcUser != null) {
      flags.put("jdbc-user", jdbcUser);
    }
    if (dataDir != null) {
      flags.put("data-dir", dataDir);
    }
    Database database = new Database(DatabaseConfig.read(environment, flags));
    database.start();
    try {
      return work.apply(database);
    } finally {
      database.stop();
    }
  }
}
