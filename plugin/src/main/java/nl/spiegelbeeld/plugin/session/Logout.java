package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code POST /logout}: with the session's CSRF token, deletes the session and its cookie and shows
 * a Dutch page. Without a (live) session there is nothing to protect: the cookie is cleared all the
 * same.
 */
public final class Logout implements Handler {

  private final SessionStore store;
  private final SessionCookies cookies;
  private final CsrfCheck csrf;

  public Logout(SessionStore store, SessionCookies cookies, CsrfCheck csrf) {
    this.store = store;
    this.cookies = cookies;
    this.csrf = csrf;
  }

  @Override
  public void handle(Context ctx) {
    String cookie = ctx.cookie(cookies.sessionName());
    var session = store.find(cookie);
    if (session.isPresent()) {
      csrf.check(ctx, session.get());
      store.delete(cookie);
    }
    cookies.clearSession(ctx);
    ctx.html(
        """
        <!doctype html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Afgemeld – Spiegelbeeld</title>
          <link rel="stylesheet" href="/spiegelbeeld.css">
        </head>
        <body>
          <main>
            <h1>U bent afgemeld</h1>
            <p>Uw sessie in Spiegelbeeld is beëindigd. Open Spiegelbeeld opnieuw vanuit uw HIS
              om verder te werken.</p>
          </main>
        </body>
        </html>
        """);
  }
}
