package nl.spiegelbeeld.benchmark.storage;

import java.sql.SQLException;

/**
 * A database call failed while serving. The message carries the SQLState only: driver messages may
 * quote values.
 */
public final class StorageFailed extends RuntimeException {

  private final String sqlState;

  StorageFailed(SQLException cause) {
    super("Database call failed (SQLState " + cause.getSQLState() + ")", cause);
    this.sqlState = cause.getSQLState();
  }

  /** The SQLState, e.g. {@code 23505} for a unique violation; may be null. */
  public String sqlState() {
    return sqlState;
  }
}
