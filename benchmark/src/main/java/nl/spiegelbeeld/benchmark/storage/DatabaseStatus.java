package nl.spiegelbeeld.benchmark.storage;

/**
 * What {@code /health} says about the database.
 *
 * @param status {@code ok} when a query answered, {@code unavailable} otherwise
 * @param schemaVersion the latest applied Flyway migration, e.g. {@code 1}; null when unavailable
 * @param embedded whether this is the in-process embedded PostgreSQL
 */
public record DatabaseStatus(String status, String schemaVersion, boolean embedded) {

  static DatabaseStatus ok(String schemaVersion, boolean embedded) {
    return new DatabaseStatus("ok", schemaVersion, embedded);
  }

  static DatabaseStatus unavailable(boolean embedded) {
    return new DatabaseStatus("unavailable", null, embedded);
  }

  /** Whether a query answered. Not a bean getter, so JSON shows only the three components. */
  public boolean reachable() {
    return status.equals("ok");
  }
}
