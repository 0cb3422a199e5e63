package nl.spiegelbeeld.plugin.pull;

/**
 * One request failed for good (after its retries, or at once for a status that retrying cannot
 * repair). {@link #getMessage()} is a Dutch phrase such as "de server antwoordde 503 (5 pogingen)".
 */
public final class FetchFailed extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status the last HTTP status, or 0 when no answer came (unreachable, time-out)
   */
  public FetchFailed(String dutchReason, int status, Throwable cause) {
    super(dutchReason, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** True when the server never answered. */
  public boolean noAnswer() {
    return status == 0;
  }
}
