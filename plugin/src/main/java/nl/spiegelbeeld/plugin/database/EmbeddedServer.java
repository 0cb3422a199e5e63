package nl.spiegelbeeld.plugin.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL (zonky's PostgreSQL 14 binaries) on a kept data directory and a free
 * port. The first start runs initdb; later starts reuse the directory. The app stops it after
 * Jetty; zonky's own shutdown hook is off, as it would run beside the command's hook and could stop
 * PostgreSQL under running requests. Local connections are trusted (no password), as zonky sets up.
 */
final class EmbeddedServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

  private final EmbeddedPostgres postgres;

  private EmbeddedServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on the directory, creating it on the first start.
   *
   * @throws DatabaseStartFailed when initdb or the server fails
   */
  static EmbeddedServer start(Path dataDirectory) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    try {
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              // Zonky's defaults (fsync and synchronous_commit off) suit throw-away test
              // databases; this data is kept, so it is written durably.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              // Crash recovery after an unclean stop may take longer than zonky's 10 s.
              .setPGStartupWait(Duration.ofSeconds(30))
              .start();
      LOG.info("Embedded PostgreSQL on port {}, data in {}", postgres.getPort(), directory);
      return new EmbeddedServer(postgres);
    } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
      throw new DatabaseStartFailed(failure(directory, e), e);
    }
  }

  /** A JDBC URL for the superuser on the default database; no password (local trust). */
  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Stops the server (fast shutdown); the data directory stays. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("Stopping the embedded PostgreSQL failed: {}", e.getClass().getName());
    }
  }

  private static String failure(Path directory, Throwable e) {
    String message =
        "De ingebouwde PostgreSQL start niet met data in " + directory + " (" + e + ").";
    if (Files.exists(directory.resolve("postmaster.pid"))) {
      message +=
          " Die map heeft een postmaster.pid: draait daar nog een PostgreSQL (een andere"
              + " Spiegelbeeld, of een eerdere start die niet netjes is gestopt)? Stop die eerst.";
    }
    return message;
  }
}
