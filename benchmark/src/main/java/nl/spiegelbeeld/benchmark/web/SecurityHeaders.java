package nl.spiegelbeeld.benchmark.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers on every response. A deliberate small copy of the plugin's: the two services
 * share no code, only the wire format.
 */
public final class SecurityHeaders implements Handler {

  private final Map<String, String> headers;

  /**
   * @param strictTransport whether to send HSTS; only when served over https
   */
  public SecurityHeaders(boolean strictTransport) {
    Map<String, String> h = new LinkedHashMap<>();
    // A JSON API: it loads nothing and is never framed.
    h.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cache-Control", "no-store");
    if (strictTransport) {
      h.put("Strict-Transport-Security", "max-age=31536000");
    }
    this.headers = Map.copyOf(h);
  }

  @Override
  public void handle(Context ctx) {
    headers.forEach(ctx::header);
  }
}
