package nl.spiegelbeeld.plugin.practice;

import java.util.Objects;
import java.util.Optional;

/**
 * The bearer token for calls to a practice's FHIR endpoint. The SMART session, SMART Backend
 * Services and a token given on the command line each implement it; the FHIR client only asks.
 * Implementations are thread-safe: resource types are pulled in parallel.
 */
public interface AccessTokens {

  /** The token to send now, refreshed first when it is about to expire; empty for no token. */
  Optional<String> current();

  /**
   * Called once after the server answered 401 to {@code rejected}: obtain a new token if possible.
   *
   * @return true when {@link #current()} now gives a different token worth one more try
   */
  boolean refreshAfterRejection(String rejected);

  /** No token: an open test server. */
  static AccessTokens none() {
    return new AccessTokens() {
      @Override
      public Optional<String> current() {
        return Optional.empty();
      }

      @Override
      public boolean refreshAfterRejection(String rejected) {
        return false;
      }
    };
  }

  /** A fixed token (e.g. {@code --bearer-token}); a 401 cannot be repaired. */
  static AccessTokens fixed(String token) {
    Objects.requireNonNull(token, "token");
    return new AccessTokens() {
      @Override
      public Optional<String> current() {
        return Optional.of(token);
      }

      @Override
      public boolean refreshAfterRejection(String rejected) {
        return false;
      }

      @Override
      public String toString() {
        return "AccessTokens.fixed(***)";
      }
    };
  }
}
