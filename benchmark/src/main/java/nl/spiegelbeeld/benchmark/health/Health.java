package nl.spiegelbeeld.benchmark.health;

import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.function.Supplier;
import nl.spiegelbeeld.benchmark.storage.DatabaseStatus;

/**
 * {@code GET /health}: {@code {"status":"ok","version":...,"database":{...}}} while the service and
 * its database answer; 503 with status {@code unavailable} when the database does not.
 *
 * @param status {@code ok} or {@code unavailable}
 * @param version the running build's version
 * @param database the database's status and schema version
 */
public record Health(String status, String version, DatabaseStatus database) {

  /** The handler that answers with this build's health, asking the database on every call. */
  public static Handler handler(String version, Supplier<DatabaseStatus> database) {
    return ctx -> {
      DatabaseStatus db = database.get();
      if (db.reachable()) {
        ctx.json(new Health("ok", version, db));
      } else {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(new Health("unavailable", version, db));
      }
    };
  }
}
