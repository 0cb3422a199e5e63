package nl.spiegelbeeld.plugin.smart;

import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * A launch or callback that cannot continue: unknown EHR, discovery failure, refused consent, state
 * mismatch, token endpoint error, missing scopes, unresolvable practice. The user sees a Dutch page
 * with the title and what to do; the log gets only the {@link #reason()}.
 */
public final class LoginFailed extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * @param reason a short English tag for the log (e.g. {@code state-mismatch}); no user data
   * @param status the HTTP status of the page
   * @param title a short Dutch title
   * @param detail Dutch: what went wrong and what to do
   */
  public LoginFailed(String reason, int status, String title, String detail) {
    super(new Problem("urn:spiegelbeeld:problem:login-" + reason, title, status, detail));
    this.reason = reason;
  }

  /** The English tag that is logged. */
  public String reason() {
    return reason;
  }
}
