package nl.spiegelbeeld.plugin.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.smart.TokenSet;

/**
 * A session's tokens for FHIR calls. Refreshes a minute before expiry, or once after a 401, through
 * the store, which locks the session's row: when two requests (or two app instances) need a refresh
 * at once, one refreshes and the other uses its result, so a rotating refresh token is used once.
 */
final class SessionTokens implements AccessTokens {

  /** Refresh this long before the access token expires, so a running pull does not hit 401. */
  static final Duration EARLY = Duration.ofSeconds(60);

  private final SessionStore store;
  private final byte[] idHash;
  private final Clock clock;
  private TokenSet tokens;

  /** The EHR refused a refresh: do not ask again before every request of a running pull. */
  private boolean refreshRefused;

  SessionTokens(SessionStore store, byte[] idHash, TokenSet tokens, Clock clock) {
    this.store = store;
    this.idHash = idHash.clone();
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public synchronized Optional<String> current() {
    if (!refreshRefused && expiresSoon(tokens, clock) && tokens.refreshToken().isPresent()) {
      String before = tokens.accessToken();
      tokens = store.refreshTokens(idHash, before, false);
      refreshRefused = tokens.accessToken().equals(before) && expiresSoon(tokens, clock);
    }
    return Optional.of(tokens.accessToken());
  }

  @Override
  public synchronized boolean refreshAfterRejection(String rejected) {
    if (!tokens.accessToken().equals(rejected)) {
      return true; // already replaced since that request was sent
    }
    if (tokens.refreshToken().isEmpty()) {
      return false;
    }
    tokens = store.refreshTokens(idHash, rejected, true);
    return !tokens.accessToken().equals(rejected);
  }

  static boolean expiresSoon(TokenSet tokens, Clock clock) {
    return !clock.instant().plus(EARLY).isBefore(tokens.expiresAt());
  }

  @Override
  public String toString() {
    return "SessionTokens[***]";
  }
}
