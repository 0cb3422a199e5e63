package nl.spiegelbeeld.plugin.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response carries, set in a before-handler so that static files,
 * problems and 404s get them too.
 */
public final class SecurityHeaders implements Handler {

  private final Map<String, String> headers;

  /**
   * @param frameAncestors the CSP frame-ancestors sources ({@code 'none'} unless an HIS frames us)
   * @param strictTransport whether to send HSTS; only when served over https (production)
   */
  public SecurityHeaders(String frameAncestors, boolean strictTransport) {
    Map<String, String> h = new LinkedHashMap<>();
    // No 'unsafe-inline': pages load their CSS and scripts as files from this origin only.
    h.put(
        "Content-Security-Policy",
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors "
            + frameAncestors);
    h.put("X-Content-Type-Options", "nosniff");
    // The launch URL carries the launch token and iss: never pass it on to another site.
    h.put("Referrer-Policy", "no-referrer");
    // Practice data must not stay in browser or proxy caches.
    h.put("Cache-Control", "no-store");
    if (strictTransport) {
      // No includeSubDomains: the host's other sites (often the HIS vendor's) are not ours.
      h.put("Strict-Transport-Security", "max-age=31536000");
    }
    this.headers = Map.copyOf(h);
  }

  /** The headers and their values, for tests and for the static-file configuration. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public void handle(Context ctx) {
    headers.forEach(ctx::header);
  }
}
