package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Before every {@code /api/*} request: finds the session from the cookie (or answers 401 in Dutch)
 * and, for state-changing methods, checks CSRF; then leaves the session in {@link CurrentSession}.
 */
public final class SessionFilter implements Handler {

  private final SessionStore store;
  private final SessionCookies cookies;
  private final CsrfCheck csrf;

  public SessionFilter(SessionStore store, SessionCookies cookies, CsrfCheck csrf) {
    this.store = store;
    this.cookies = cookies;
    this.csrf = csrf;
  }

  @Override
  public void handle(Context ctx) {
    AppSession session =
        store.find(ctx.cookie(cookies.sessionName())).orElseThrow(CurrentSession.NotSignedIn::new);
    if (!CsrfCheck.isSafe(ctx)) {
      csrf.check(ctx, session);
    }
    CurrentSession.set(ctx, session);
  }
}
