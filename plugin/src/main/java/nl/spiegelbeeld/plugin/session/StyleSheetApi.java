package nl.spiegelbeeld.plugin.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.spiegelbeeld.plugin.smart.SmartStyleCss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/style.css}: the launching EHR's {@code smart_style_url} as CSS custom properties.
 * The style document is fetched here, never by the browser, and only from the EHR's own host and
 * port; no style or any failure gives an empty style sheet.
 */
public final class StyleSheetApi implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(StyleSheetApi.class);
  private static final int MAX_BYTES = 32 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final SessionStore sessions;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Cache<String, String> cache =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

  public StyleSheetApi(SessionStore sessions) {
    this.sessions = sessions;
  }

  @Override
  public void handle(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    String css =
        sessions
            .launchStyle(session)
            .styleUrl()
            .flatMap(url -> allowed(url, session.fhirBase()))
            .map(url -> cache.get(url.toString(), key -> fetch(url)))
            .orElse("");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(css);
  }

  /** The URL when it is http(s) on the EHR's host and port; otherwise empty (and logged). */
  static Optional<URI> allowed(String url, URI iss) {
    URI style;
    try {
      style = new URI(url);
    } catch (java.net.URISyntaxException e) {
      LOG.info("Style URL ignored: not a URL");
      return Optional.empty();
    }
    String scheme = style.getScheme() == null ? "" : style.getScheme().toLowerCase(Locale.ROOT);
    boolean sameOrigin =
        (scheme.equals("https") || scheme.equals("http"))
            && style.getHost() != null
            && style.getUserInfo() == null
            && iss.getHost() != null
            && style.getHost().equalsIgnoreCase(iss.getHost())
            && port(style) == port(iss);
    if (!sameOrigin) {
      LOG.info(
          "Style URL ignored: not on the EHR's host ({}://{}:{})",
          scheme,
          style.getHost(),
          port(style));
      return Optional.empty();
    }
    return Optional.of(style);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private String fetch(URI url) {
    try {
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(TIMEOUT)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          LOG.info("Style document unavailable: HTTP {}", response.statusCode());
          return "";
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          LOG.info("Style document ignored: larger than {} bytes", MAX_BYTES);
          return "";
        }
        return SmartStyleCss.toCss(bytes);
      }
    } catch (IOException e) {
      LOG.info("Style document unavailable: {}", e.getClass().getName());
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
