package nl.spiegelbeeld.plugin.pull;

/**
 * The practice the data is for cannot be determined: the endpoint holds several practices and
 * neither a {@code fhirUser} nor an AGB code says which one ({@link #ambiguous()}), or the given
 * user or AGB code leads to no practice on the endpoint. The message is Dutch and says what to do.
 */
public final class PracticeNotResolved extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean ambiguous;

  public PracticeNotResolved(String dutchMessage, boolean ambiguous) {
    this(dutchMessage, ambiguous, null);
  }

  /**
   * @param cause the request that failed, if that is why (e.g. a 401: the access, not the practice,
   *     is the problem)
   */
  public PracticeNotResolved(String dutchMessage, boolean ambiguous, Throwable cause) {
    super(dutchMessage, cause);
    this.ambiguous = ambiguous;
  }

  /** True when several practices qualify and the caller must say which one. */
  public boolean ambiguous() {
    return ambiguous;
  }
}
