package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;
import java.util.Optional;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * Where the session filter leaves the request's session and where handlers pick it up: the one way
 * to ask "who is this".
 */
public final class CurrentSession {

  private static final String ATTRIBUTE = "spiegelbeeld.session";

  private CurrentSession() {}

  /** Called by the session filter once it has found a live session for the request. */
  public static void set(Context ctx, AppSession session) {
    ctx.attribute(ATTRIBUTE, session);
  }

  /** The request's session, if any. */
  public static Optional<AppSession> find(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  /** The request's session; without one the user gets a Dutch 401 telling them to launch again. */
  public static AppSession require(Context ctx) {
    return find(ctx).orElseThrow(NotSignedIn::new);
  }

  /** No live session: start again from the HIS. */
  public static final class NotSignedIn extends ProblemException {
    private static final long serialVersionUID = 1L;

    NotSignedIn() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:not-signed-in",
              "Niet (meer) aangemeld",
              401,
              "Uw sessie is verlopen of bestaat niet. Open Spiegelbeeld opnieuw vanuit uw HIS."));
    }
  }
}
