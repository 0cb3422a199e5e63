package nl.spiegelbeeld.benchmark.health;

import io.javalin.http.Handler;

/**
 * {@code GET /health}: {@code {"status":"ok","version":...}} once the service accepts requests.
 *
 * @param status always {@code ok} for now; the database check joins here once it exists
 * @param version the running build's version
 */
public record Health(String status, String version) {

  /** The handler that answers with this build's health. */
  public static Handler handler(String version) {
    Health health = new Health("ok", version);
    return ctx -> ctx.json(health);
  }
}
