package nl.spiegelbeeld.benchmark.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's database: started (embedded) or connected (server) and migrated by {@link
 * #start()} before the app serves, closed by {@link #stop()}. Connections come from a small pool.
 */
public final class Database {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** The latest successful versioned migration, as Flyway records it. */
  private static final String SCHEMA_VERSION =
      "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
          + " ORDER BY installed_rank DESC LIMIT 1";

  /** Aggregates from a few thousand practices, a few times a year: a few connections serve. */
  private static final int POOL_SIZE = 5;

  private final DatabaseConfig config;
  private final boolean embedded;
  private EmbeddedServer server;
  private volatile HikariDataSource pool;

  /** An unstarted database; nothing happens until {@link #start()}. */
  public Database(DatabaseConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.embedded = config instanceof DatabaseConfig.Embedded;
  }

  /**
   * Starts the embedded server or connects to the configured one, then applies the Flyway
   * migrations from {@code db/migration}. On failure everything started is stopped again.
   *
   * @throws DatabaseStartFailed with a Dutch message for the operator
   */
  public synchronized void start() {
    if (pool != null) {
      throw new IllegalStateException("Database already started");
    }
    try {
      if (config instanceof DatabaseConfig.Server s) {
        pool = connect(s.jdbcUrl(), s.user(), s.password());
      } else {
        server = EmbeddedServer.start(((DatabaseConfig.Embedded) config).dataDirectory());
        pool = connect(server.jdbcUrl(), Optional.empty(), Optional.empty());
      }
      migrate(pool);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
  }

  /** Work on one connection; SQL failures propagate to {@link #inTransaction}. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs the work in one transaction: committed when it returns, rolled back when it throws, so a
   * refused or failed request leaves nothing behind.
   *
   * @throws StorageFailed when the database fails (the SQLState only, never the statement)
   */
  public <T> T inTransaction(Work<T> work) {
    HikariDataSource current = pool;
    if (current == null) {
      throw new IllegalStateException("Database not started");
    }
    try (Connection connection = current.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageFailed(e);
    }
  }

  /** Closes the pool and stops the embedded server, if any; safe to call more than once. */
  public synchronized void stop() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /**
   * Asks the database for its schema version; {@code unavailable} when it does not answer. A pooled
   * connection the server has closed (a restart, a failover) fails once and is dropped by the pool,
   * so a connection failure on a query is tried again with the next connection; a failure to get a
   * connection at all is not.
   */
  public DatabaseStatus status() {
    HikariDataSource current = pool;
    if (current == null) {
      return DatabaseStatus.unavailable(embedded);
    }
    SQLException failure = null;
    for (int attempt = 0; attempt <= POOL_SIZE; attempt++) {
      try (Connection connection = current.getConnection();
          Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(2);
        try (ResultSet result = statement.executeQuery(SCHEMA_VERSION)) {
          return DatabaseStatus.ok(result.next() ? result.getString(1) : null, embedded);
        }
      } catch (SQLTransientConnectionException e) {
        failure = e; // the pool could not connect within its timeout
        break;
      } catch (SQLException e) {
        failure = e;
        if (!isConnectionLost(e)) {
          break;
        }
      }
    }
    // Class and state only: driver messages name hosts and users.
    LOG.warn(
        "Database check failed: {} (SQLState {})",
        failure.getClass().getName(),
        failure.getSQLState());
    return DatabaseStatus.unavailable(embedded);
  }

  /** Connection exceptions (08) and an administrator's shutdown or crash (57P01..57P03). */
  private static boolean isConnectionLost(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.startsWith("57P0"));
  }

  private static HikariDataSource connect(
      String jdbcUrl, Optional<String> user, Optional<String> password) {
    HikariConfig pool = new HikariConfig();
    pool.setPoolName("benchmark-db");
    pool.setJdbcUrl(jdbcUrl);
    user.ifPresent(pool::setUsername);
    password.ifPresent(pool::setPassword);
    pool.setMaximumPoolSize(POOL_SIZE);
    // Fail a request (and /health) after 3 s instead of Hikari's 30 s when the server is gone.
    pool.setConnectionTimeout(3_000);
    pool.addDataSourceProperty("ApplicationName", "spiegelbeeld-benchmark");
    try {
      return new HikariDataSource(pool);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new DatabaseStartFailed(
          "PostgreSQL op " + jdbcUrl + " is niet bereikbaar (" + cause + ").", e);
    }
  }

  private static void migrate(HikariDataSource pool) {
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(pool)
              .locations("classpath:db/migration")
              .failOnMissingLocations(true)
              .load()
              .migrate();
      LOG.info(
          "Database schema at version {}; {} migration(s) applied now",
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new DatabaseStartFailed(
          "De databasemigratie (Flyway) is mislukt: " + e.getMessage(), e);
    }
  }
}
