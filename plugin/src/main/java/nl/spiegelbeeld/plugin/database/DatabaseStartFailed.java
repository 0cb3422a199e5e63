package nl.spiegelbeeld.plugin.database;

/**
 * The database could not be started, reached or migrated at start-up. The message is Dutch, for the
 * operator, and holds no password.
 */
public final class DatabaseStartFailed extends RuntimeException {

  DatabaseStartFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
