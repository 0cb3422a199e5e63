package nl.spiegelbeeld.plugin.launch;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.List;
import nl.spiegelbeeld.plugin.session.Secrets;
import nl.spiegelbeeld.plugin.session.SessionCookies;
import nl.spiegelbeeld.plugin.smart.Discovery;
import nl.spiegelbeeld.plugin.smart.EhrRegistration;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
import nl.spiegelbeeld.plugin.smart.LoginFailed;
import nl.spiegelbeeld.plugin.smart.SmartConfiguration;
import nl.spiegelbeeld.plugin.smart.SmartScopes;
import nl.spiegelbeeld.plugin.web.AppUrl;

/**
 * {@code GET /launch}: the start of SMART App Launch 2. Checks {@code iss} against the configured
 * EHRs (never redirecting anywhere else), discovers the EHR's endpoints, remembers the launch (PKCE
 * verifier, nonce) under a fresh {@code state} bound to this browser by the pre-login cookie, and
 * sends the browser to the EHR's authorization endpoint with PKCE S256 and {@code aud} = {@code
 * iss}.
 */
public final class LaunchHandler implements Handler {

  private final EhrRegistrations ehrs;
  private final Discovery discovery;
  private final PendingLogins pending;
  private final SessionCookies cookies;
  private final AppUrl appUrl;

  LaunchHandler(
      EhrRegistrations ehrs,
      Discovery discovery,
      PendingLogins pending,
      SessionCookies cookies,
      AppUrl appUrl) {
    this.ehrs = ehrs;
    this.discovery = discovery;
    this.pending = pending;
    this.cookies = cookies;
    this.appUrl = appUrl;
  }

  @Override
  public void handle(Context ctx) {
    LaunchRequest request =
        LaunchRequest.fromQuery(ctx.queryParam("iss"), ctx.queryParam("launch"));
    EhrRegistration ehr = registration(request);
    SmartConfiguration server = discovery.configuration(ehr.iss());
    if (server.codeChallengeMethods().isPresent()
        && !server.codeChallengeMethods().get().contains("S256")) {
      throw new LoginFailed(
          "no-pkce-s256",
          502,
          "Uw HIS ondersteunt veilig aanmelden niet",
          "Uw HIS biedt geen PKCE met S256 aan, wat SMART on FHIR vereist. Neem contact op met"
              + " uw HIS-leverancier.");
    }
    List<String> scopes = SmartScopes.toRequest(server, ehr.scopes(), request.ehrLaunch());
    State state = new State(Secrets.random());
    CodeVerifier verifier = new CodeVerifier();
    String nonce = Secrets.random();
    URI redirectUri = appUrl.callback(ctx);
    // One browser keeps one binding, so two launches in two tabs do not undo each other.
    String browser = ctx.cookie(cookies.loginName());
    if (browser == null || !browser.matches("[A-Za-z0-9_-]{43}")) {
      browser = Secrets.random();
    }
    pending.save(
        state.getValue(),
        browser,
        new PendingLogin(ehr.iss(), verifier.getValue(), nonce, scopes, redirectUri));
    cookies.setLogin(ctx, browser, PendingLogins.LIFETIME);
    AuthorizationRequest.Builder authorize =
        new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(ehr.clientId()))
            .endpointURI(server.authorizationEndpoint())
            .redirectionURI(redirectUri)
            .scope(new Scope(scopes.toArray(String[]::new)))
            .state(state)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .customParameter("aud", ehr.iss().toString())
            .customParameter("nonce", nonce);
    request.launch().ifPresent(launch -> authorize.customParameter("launch", launch));
    ctx.redirect(authorize.build().toURI().toString(), HttpStatus.FOUND);
  }

  private EhrRegistration registration(LaunchRequest request) {
    if (request.iss().isEmpty()) {
      return ehrs.standaloneDefault()
          .orElseThrow(
              () ->
                  new LaunchRejected(
                      "De parameter 'iss' (het adres van de FHIR-server van uw HIS) ontbreekt."
                          + " Start Spiegelbeeld vanuit uw HIS."));
    }
    URI iss = request.iss().get();
    return ehrs.find(iss)
        .orElseThrow(
            () ->
                new LoginFailed(
                    "unknown-iss",
                    403,
                    "Onbekend HIS",
                    "Spiegelbeeld is niet ingericht voor de FHIR-server "
                        + iss
                        + ". Vraag de beheerder van Spiegelbeeld deze server toe te voegen, of"
                        + " start Spiegelbeeld vanuit het HIS waarvoor het is ingericht."));
  }
}
