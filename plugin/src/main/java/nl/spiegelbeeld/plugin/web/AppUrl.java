package nl.spiegelbeeld.plugin.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;

/**
 * Where browsers and EHRs reach the app: the configured public URL in production; for the local
 * demo {@code http://localhost:<port>} of the listening socket. Never taken from a request's {@code
 * Host} header for anything an EHR sees (the redirect URI).
 */
public final class AppUrl {

  private final Optional<URI> publicUrl;

  /**
   * @param publicUrl e.g. {@code https://spiegelbeeld.zorggroep.nl}, without a trailing slash
   */
  public AppUrl(Optional<URI> publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** The app's root without a trailing slash, e.g. {@code http://localhost:8080}. */
  public String root(Context ctx) {
    return publicUrl.map(URI::toString).orElseGet(() -> "http://localhost:" + localPort(ctx));
  }

  /** The OAuth redirect URI: {@code {root}/callback}. */
  public URI callback(Context ctx) {
    return URI.create(root(ctx) + "/callback");
  }

  /**
   * The origin a same-origin request comes from: the public URL's, or without one the request's own
   * scheme and Host (the demo may be opened as localhost or 127.0.0.1).
   */
  public String origin(Context ctx) {
    return publicUrl.map(AppUrl::originOf).orElseGet(() -> ctx.scheme() + "://" + ctx.host());
  }

  private static String originOf(URI uri) {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static int localPort(Context ctx) {
    return ctx.req().getLocalPort();
  }
}
