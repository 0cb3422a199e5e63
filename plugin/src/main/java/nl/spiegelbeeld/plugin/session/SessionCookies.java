package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The app's two cookies: the session cookie, and the short-lived pre-login cookie that binds a
 * launch's {@code state} to the browser that started it. Both are HttpOnly and hold only a random
 * value. Over plain http (local demo) they are {@code SameSite=Lax}; in production they are {@code
 * Secure} with the {@code __Host-} prefix (no Domain, Path=/, so no other host can set or read
 * them); in iframe mode {@code SameSite=None; Secure; Partitioned}, because a framed app's cookies
 * are third-party cookies to the browser. Lax, not Strict: the callback arrives as a cross-site
 * redirect from the EHR and must carry the pre-login cookie.
 */
public final class SessionCookies {

  private final boolean secure;
  private final boolean iframe;

  public SessionCookies(boolean secure, boolean iframe) {
    if (iframe && !secure) {
      throw new IllegalArgumentException("iframe cookies must be Secure");
    }
    this.secure = secure;
    this.iframe = iframe;
  }

  public String sessionName() {
    return (secure ? "__Host-" : "") + "spiegelbeeld-sessie";
  }

  public String loginName() {
    return (secure ? "__Host-" : "") + "spiegelbeeld-aanmelding";
  }

  /** A session cookie: no Max-Age, so it ends with the browser; the server enforces expiry. */
  public void setSession(Context ctx, String value) {
    ctx.res().addHeader("Set-Cookie", header(sessionName(), value, null));
  }

  public void clearSession(Context ctx) {
    ctx.res().addHeader("Set-Cookie", header(sessionName(), "", Duration.ZERO));
  }

  public void setLogin(Context ctx, String value, Duration maxAge) {
    ctx.res().addHeader("Set-Cookie", header(loginName(), value, maxAge));
  }

  public void clearLogin(Context ctx) {
    ctx.res().addHeader("Set-Cookie", header(loginName(), "", Duration.ZERO));
  }

  /** The {@code Set-Cookie} value; values are Base64url, so they need no quoting. */
  String header(String name, String value, Duration maxAge) {
    StringBuilder cookie = new StringBuilder(name).append('=').append(value).append("; Path=/");
    if (maxAge != null) {
      cookie.append("; Max-Age=").append(maxAge.toSeconds());
    }
    cookie.append("; HttpOnly");
    if (secure) {
      cookie.append("; Secure");
    }
    cookie.append(iframe ? "; SameSite=None; Partitioned" : "; SameSite=Lax");
    return cookie.toString();
  }
}
