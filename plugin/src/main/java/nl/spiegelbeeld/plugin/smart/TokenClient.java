package nl.spiegelbeeld.plugin.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to an EHR's token endpoint: redeems an authorization code and refreshes. Authenticates as
 * the registration says: {@code private_key_jwt} (a fresh assertion per request: {@code iss} =
 * {@code sub} = client id, {@code aud} = the token endpoint, a random {@code jti}, {@code exp} five
 * minutes ahead, as Nimbus builds it) or only the {@code client_id} of a public client.
 */
public final class TokenClient {

  private static final Logger LOG = LoggerFactory.getLogger(TokenClient.class);

  /** Used when a server leaves out {@code expires_in}: refresh early rather than late. */
  static final long DEFAULT_LIFETIME_SECONDS = 300;

  private final Clock clock;

  public TokenClient(Clock clock) {
    this.clock = clock;
  }

  /**
   * What the code exchange gave: the tokens, with OpenID Connect the id_token, and the launch's
   * style parameters.
   */
  public record Exchange(TokenSet tokens, Optional<JWT> idToken, LaunchStyle style) {}

  /**
   * Redeems an authorization code.
   *
   * @param requested the scopes asked for: the grant when the server does not say otherwise
   * @throws LoginFailed in Dutch for error answers and unreachable servers
   */
  public Exchange exchange(
      EhrRegistration registration,
      SmartConfiguration server,
      String code,
      URI redirectUri,
      CodeVerifier verifier,
      List<String> requested) {
    TokenResponse response =
        send(
            registration,
            server,
            new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier));
    if (!response.indicatesSuccess()) {
      throw failure(response.toErrorResponse().getErrorObject());
    }
    Instant now = clock.instant();
    var success = response.toSuccessResponse();
    TokenSet tokens =
        tokens(
            success.getTokens().getAccessToken(),
            success.getTokens().getRefreshToken(),
            requested,
            null,
            now);
    Optional<JWT> idToken =
        success instanceof OIDCTokenResponse oidc
            ? Optional.ofNullable(oidc.getOIDCTokens().getIDToken())
            : Optional.empty();
    return new Exchange(tokens, idToken, LaunchStyle.from(success.getCustomParameters()));
  }

  /**
   * Refreshes. A refresh token in the answer replaces the old one (rotation); without one the old
   * one stays.
   *
   * @throws LoginFailed when the server refuses or cannot be reached
   */
  public TokenSet refresh(
      EhrRegistration registration, SmartConfiguration server, TokenSet current) {
    String refreshToken =
        current.refreshToken().orElseThrow(() -> new IllegalStateException("no refresh token"));
    TokenResponse response =
        send(registration, server, new RefreshTokenGrant(new RefreshToken(refreshToken)));
    if (!response.indicatesSuccess()) {
      throw failure(response.toErrorResponse().getErrorObject());
    }
    var success = response.toSuccessResponse();
    return tokens(
        success.getTokens().getAccessToken(),
        success.getTokens().getRefreshToken(),
        current.scopes(),
        refreshToken,
        clock.instant());
  }

  private static TokenSet tokens(
      AccessToken access,
      RefreshToken refresh,
      List<String> scopesIfUnsaid,
      String previousRefresh,
      Instant now) {
    long lifetime = access.getLifetime() > 0 ? access.getLifetime() : DEFAULT_LIFETIME_SECONDS;
    Scope granted = access.getScope();
    return new TokenSet(
        access.getValue(),
        now.plusSeconds(lifetime),
        Optional.ofNullable(refresh == null ? previousRefresh : refresh.getValue()),
        granted == null ? scopesIfUnsaid : granted.toStringList());
  }

  private TokenResponse send(
      EhrRegistration registration, SmartConfiguration server, AuthorizationGrant grant) {
    URI endpoint = server.tokenEndpoint();
    ClientID clientId = new ClientID(registration.clientId());
    TokenRequest request;
    if (registration.clientType() == ClientType.CONFIDENTIAL_ASYMMETRIC) {
      ClientKeys keys = registration.keys();
      try {
        request =
            new TokenRequest.Builder(
                    endpoint,
                    new PrivateKeyJWT(
                        clientId,
                        endpoint,
                        keys.algorithm(),
                        keys.signingKey(),
                        keys.signingKeyId(),
                        null),
                    grant)
                .build();
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot sign the client assertion", e);
      }
    } else {
      request = new TokenRequest.Builder(endpoint, clientId, grant).build();
    }
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(5_000);
    http.setReadTimeout(15_000);
    try {
      return OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      LOG.warn("Token endpoint unreachable: {}", e.getClass().getName());
      throw new LoginFailed(
          "token-unreachable",
          502,
          "Uw HIS is niet bereikbaar",
          "Spiegelbeeld kon bij uw HIS geen toegang krijgen: de server antwoordde niet. Probeer"
              + " het over een paar minuten opnieuw vanuit uw HIS.");
    } catch (ParseException e) {
      LOG.warn("Token endpoint answer unusable: {}", e.getClass().getName());
      throw new LoginFailed(
          "token-unusable",
          502,
          "Onverwacht antwoord van uw HIS",
          "Uw HIS gaf bij het aanmelden een antwoord dat Spiegelbeeld niet begrijpt. Probeer het"
              + " opnieuw; blijft het misgaan, neem dan contact op met de beheerder van"
              + " Spiegelbeeld.");
    }
  }

  private static LoginFailed failure(ErrorObject error) {
    String code = error == null || error.getCode() == null ? "unknown" : error.getCode();
    // The code only: descriptions may echo request data.
    LOG.info("Token endpoint refused: {}", code);
    return switch (code) {
      case "invalid_client", "unauthorized_client" ->
          new LoginFailed(
              "invalid-client",
              502,
              "Spiegelbeeld is niet goed aangemeld bij uw HIS",
              "Uw HIS herkent Spiegelbeeld niet als geregistreerde app ("
                  + code
                  + "). Dit kunt"
                  + " u niet zelf oplossen: vraag de beheerder van Spiegelbeeld de registratie"
                  + " (client-id en sleutel) bij uw HIS-leverancier na te kijken.");
      case "invalid_grant" ->
          new LoginFailed(
              "invalid-grant",
              400,
              "Aanmelding verlopen",
              "Deze aanmelding is verlopen of al gebruikt. Start Spiegelbeeld opnieuw vanuit"
                  + " uw HIS.");
      default ->
          new LoginFailed(
              "token-error",
              502,
              "Aanmelden bij uw HIS mislukt",
              "Uw HIS weigerde Spiegelbeeld toegang ("
                  + code
                  + "). Start Spiegelbeeld opnieuw"
                  + " vanuit uw HIS; blijft het misgaan, neem dan contact op met de beheerder"
                  + " van Spiegelbeeld.");
    };
  }
}
