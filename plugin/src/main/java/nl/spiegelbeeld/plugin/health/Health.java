package nl.spiegelbeeld.plugin.health;

import io.javalin.http.Handler;

/**
 * {@code GET /health}: answers {@code {"status":"ok","version":...}} once the server accepts
 * requests; {@code bin/start} and load balancers wait for it.
 *
 * @param status always {@code ok} for now; checks of the database join here once it exists
 * @param version the running build's version
 */
public record Health(String status, String version) {

  /** The handler that answers with this build's health. */
  public static Handler handler(String version) {
    Health health = new Health("ok", version);
    return ctx -> ctx.json(health);
  }
}
