package nl.spiegelbeeld.plugin.launch;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.SessionCookies;
import nl.spiegelbeeld.plugin.session.SessionStore;
import nl.spiegelbeeld.plugin.smart.Discovery;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.smart.IdTokenCheck;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;
import nl.spiegelbeeld.plugin.smart.SmartConfiguration;
import nl.spiegelbeeld.plugin.smart.SmartScopes;
import nl.spiegelbeeld.plugin.smart.TokenClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /callback}: the EHR sends the browser back. Takes the pending launch for {@code state}
 * (only from the browser that started it, only once), exchanges the code with the PKCE verifier,
 * checks the granted scopes and the id_token, resolves the practice and creates the server-side
 * session; the browser gets only the session cookie and goes to {@code /app/}.
 */
public final class CallbackHandler implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackHandler.class);

  /** Where the UI lives. */
  static final String APP_PAGE = "/app/";

  private final EhrRegistrations ehrs;
  private final Discovery discovery;
  private final PendingLogins pending;
  private final TokenClient tokenClient;
  private final IdTokenCheck idTokens;
  private final PracticeResolver practices;
  private final SessionStore sessions;
  private final SessionCookies cookies;

  CallbackHandler(
      EhrRegistrations ehrs,
      Discovery discovery,
      PendingLogins pending,
      TokenClient tokenClient,
      IdTokenCheck idTokens,
      PracticeResolver practices,
      SessionStore sessions,
      SessionCookies cookies) {
    this.ehrs = ehrs;
    this.discovery = discovery;
    this.pending = pending;
    this.tokenClient = tokenClient;
    this.idTokens = idTokens;
    this.practices = practices;
    this.sessions = sessions;
    this.cookies = cookies;
  }

  @Override
  public void handle(Context ctx) {
    String state = ctx.queryParam("state");
    String browser = ctx.cookie(cookies.loginName());
    // Taken before anything else: whatever follows, this state cannot be used again.
    PendingLogin login = state == null ? null : pending.take(state, browser).orElse(null);
    cookies.clearLogin(ctx);
    String error = ctx.queryParam("error");
    if (error != null) {
      throw CallbackErrors.fromServer(new ErrorObject(error));
    }
    if (login == null) {
      throw CallbackErrors.stateRefused(state == null);
    }
    String code = ctx.queryParam("code");
    if (code == null || code.isBlank()) {
      throw CallbackErrors.missingCode();
    }
    EhrRegistration ehr = ehrs.find(login.iss()).orElseThrow(() -> CallbackErrors.ehrRemoved());
    SmartConfiguration server = discovery.configuration(ehr.iss());
    // RFC 9207: a server that names itself must be the one this launch went to (mix-up attacks).
    String answeredBy = ctx.queryParam("iss");
    if (answeredBy != null && !answeredBy.equals(server.issuer().orElse(ehr.iss().toString()))) {
      throw CallbackErrors.wrongIssuer();
    }
    TokenClient.Exchange exchange =
        tokenClient.exchange(
            ehr,
            server,
            code,
            login.redirectUri(),
            new CodeVerifier(login.codeVerifier()),
            login.scopes());
    List<String> missing = SmartScopes.missing(exchange.tokens().scopes());
    if (!missing.isEmpty()) {
      throw CallbackErrors.scopesMissing(missing);
    }
    IdTokenCheck.Identity identity =
        idTokens.validate(exchange.idToken().orElse(null), ehr, server, login.nonce());
    PracticeIdentity practice = resolve(ehr, identity.fhirUser(), exchange);
    AppSession session =
        sessions.create(
            new SessionStore.NewSession(
                ehr.iss(),
                practice,
                identity.name(),
                identity.fhirUser(),
                exchange.tokens(),
                exchange.style()));
    LOG.info("Session started for a practice on a configured EHR");
    cookies.setSession(ctx, session.id());
    ctx.redirect(APP_PAGE, HttpStatus.SEE_OTHER);
  }

  private PracticeIdentity resolve(
      EhrRegistration ehr, String fhirUser, TokenClient.Exchange exchange) {
    try {
      return practices.resolve(
          ehr.iss(), fhirUser, AccessTokens.fixed(exchange.tokens().accessToken()));
    } catch (PracticeResolver.PracticeNotResolved e) {
      LOG.info("Practice not resolved: {}", e.getMessage());
      throw CallbackErrors.noPractice();
    } catch (RuntimeException e) {
      LOG.warn("Practice lookup failed: {}", e.getClass().getName());
      throw CallbackErrors.practiceLookupFailed();
    }
  }
}
