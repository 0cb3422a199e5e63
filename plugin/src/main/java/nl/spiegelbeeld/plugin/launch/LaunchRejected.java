package nl.spiegelbeeld.plugin.launch;

import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * The HIS called {@code /launch} with parameters Spiegelbeeld cannot start from (HTTP 400); shown
 * as a Dutch page.
 */
public final class LaunchRejected extends ProblemException {

  private static final long serialVersionUID = 1L;

  static final String TYPE = "urn:spiegelbeeld:problem:launch-rejected";

  /**
   * @param detail a Dutch sentence saying which parameter is wrong and what to do
   */
  public LaunchRejected(String detail) {
    super(new Problem(TYPE, "Ongeldig startverzoek", 400, detail));
  }
}
