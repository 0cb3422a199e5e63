package nl.spiegelbeeld.plugin.session;

import java.net.URI;
import nl.spiegelbeeld.plugin.smart.TokenSet;

/** Asks the EHR of {@code iss} for new tokens with the refresh token of {@code current}. */
@FunctionalInterface
public interface TokenRefresher {

  /**
   * Returns the new tokens.
   *
   * @throws RuntimeException when the EHR refuses or cannot be reached; the old tokens then stay
   */
  TokenSet refresh(URI iss, TokenSet current);
}
