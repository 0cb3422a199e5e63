package nl.spiegelbeeld.plugin.smart.backend;

/**
 * No access token could be obtained with SMART Backend Services. {@link #rejected()} when the
 * authorization server refused the client (wrong client id, key or scopes: the caller's
 * configuration), otherwise it could not be reached. The message is Dutch.
 */
public final class BackendAuthorizationFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean rejected;

  public BackendAuthorizationFailed(String dutchMessage, boolean rejected, Throwable cause) {
    super(dutchMessage, cause);
    this.rejected = rejected;
  }

  public boolean rejected() {
    return rejected;
  }
}
