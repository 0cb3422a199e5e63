package nl.spiegelbeeld.plugin.launch;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.session.SessionCookies;
import nl.spiegelbeeld.plugin.session.SessionStore;
import nl.spiegelbeeld.plugin.session.TokenCipher;
import nl.spiegelbeeld.plugin.smart.Discovery;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.smart.IdTokenCheck;
import nl.spiegelbeeld.plugin.smart.LoginFailed;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;
import nl.spiegelbeeld.plugin.smart.TokenClient;
import nl.spiegelbeeld.plugin.web.AppUrl;

/**
 * The browser side of SMART App Launch: {@code GET /launch}, {@code GET /callback}, and the app's
 * public keys at {@code GET /.well-known/jwks.json}. Failures become Dutch pages.
 */
public final class SmartLogin {

  /** Where EHRs fetch the app's public keys for {@code private_key_jwt}; keep it stable. */
  public static final String JWKS_PATH = "/.well-known/jwks.json";

  private final LaunchHandler launch;
  private final CallbackHandler callback;
  private final String jwks;

  /** What the login needs from the rest of the app. */
  public record Parts(
      EhrRegistrations ehrs,
      Discovery discovery,
      TokenClient tokenClient,
      IdTokenCheck idTokens,
      PracticeResolver practices,
      SessionStore sessions,
      SessionCookies cookies,
      AppUrl appUrl,
      DataSource database,
      TokenCipher cipher,
      Clock clock) {}

  public SmartLogin(Parts parts) {
    PendingLogins pending = new PendingLogins(parts.database(), parts.cipher(), parts.clock());
    this.launch =
        new LaunchHandler(
            parts.ehrs(), parts.discovery(), pending, parts.cookies(), parts.appUrl());
    this.callback =
        new CallbackHandler(
            parts.ehrs(),
            parts.discovery(),
            pending,
            parts.tokenClient(),
            parts.idTokens(),
            parts.practices(),
            parts.sessions(),
            parts.cookies());
    this.jwks = parts.ehrs().publicJwks().toString();
  }

  public void addRoutes(RoutesConfig routes) {
    routes.get("/launch", launch);
    routes.get("/callback", callback);
    routes.get(JWKS_PATH, ctx -> ctx.contentType("application/jwk-set+json").result(jwks));
    routes.exception(LoginFailed.class, LoginPage::send);
    routes.exception(LaunchRejected.class, LoginPage::send);
  }
}
