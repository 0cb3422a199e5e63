package nl.spiegelbeeld.plugin.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's database: started (embedded) or connected (server) and migrated by {@link #start()}
 * before the app serves, closed by {@link #stop()}. Features that keep data (sessions, worklist
 * reviews, measurement history) share its {@link #dataSource()}.
 */
public final class Database {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /**
   * Sessions are read on every API request; a few connections per instance serve a practice's
   * handful of users, and many instances share one server.
   */
  private static final int POOL_SIZE = 8;

  private final DatabaseConfig config;

  /**
   * Created unconfigured so features can hold it before the app starts; Hikari connects on the
   * first use, which {@link #start()} makes after setting the address (Hikari's lazy pool).
   */
  private final HikariDataSource pool = new HikariDataSource();

  private EmbeddedServer server;
  private boolean started;

  /** An unstarted database; nothing happens until {@link #start()}. */
  public Database(DatabaseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    pool.setPoolName("spiegelbeeld-db");
    pool.setMaximumPoolSize(POOL_SIZE);
    // Fail a request after 3 s instead of Hikari's 30 s when the server is gone.
    pool.setConnectionTimeout(3_000);
    pool.addDataSourceProperty("ApplicationName", "spiegelbeeld");
  }

  /** The pool; usable once {@link #start()} has returned. */
  public DataSource dataSource() {
    return pool;
  }

  /**
   * Starts the embedded server or connects to the configured one, then applies the Flyway
   * migrations from {@code db/migration}. On failure everything started is stopped again.
   *
   * @throws DatabaseStartFailed with a Dutch message for the operator
   */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("Database already started");
    }
    started = true;
    try {
      if (config instanceof DatabaseConfig.Server s) {
        pool.setJdbcUrl(s.jdbcUrl());
        s.user().ifPresent(pool::setUsername);
        s.password().ifPresent(pool::setPassword);
      } else {
        server = EmbeddedServer.start(((DatabaseConfig.Embedded) config).dataDirectory());
        pool.setJdbcUrl(server.jdbcUrl());
      }
      migrate();
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /** Closes the pool and stops the embedded server, if any; safe to call more than once. */
  public synchronized void stop() {
    pool.close();
    if (server != null) {
      server.close();
      server = null;
    }
  }

  private void migrate() {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(pool)
              .locations("classpath:db/migration")
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          "Plugin database schema at version {}; {} migration(s) applied now",
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      // Connection failures surface here first (Hikari connects lazily).
      throw new DatabaseStartFailed(
          "De database van Spiegelbeeld is niet bereikbaar of de migratie (Flyway) is mislukt: "
              + e.getMessage(),
          e);
    }
  }
}
