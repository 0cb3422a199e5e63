package nl.spiegelbeeld.plugin.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import nl.spiegelbeeld.plugin.database.DatabaseConfig;

/**
 * One embedded PostgreSQL for the whole test JVM (zonky, as the benchmark's tests use), given to
 * apps as a "server": starting one per test class would cost seconds each on a shared machine. Each
 * app start runs Flyway against it, which is a no-op after the first.
 */
public final class TestDatabase {

  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static synchronized DatabaseConfig config() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      // the JVM is ending anyway
                    }
                  }));
    }
    return new DatabaseConfig.Server(
        postgres.getJdbcUrl("postgres", "postgres"), Optional.of("postgres"), Optional.empty());
  }
}
