package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;

/**
 * {@code GET /api/session}: what the UI's header needs, and the CSRF token its state-changing
 * requests send. Never a token for the EHR.
 */
public final class SessionApi {

  private SessionApi() {}

  /** The practice as the header shows it. */
  public record Practice(String agb, String name) {}

  /**
   * The JSON answer.
   *
   * @param expiresAt ISO-8601 (e.g. {@code 2026-11-23T13:35:00Z}): when the session ends unless
   *     used; a string, because Javalin's mapper would write an Instant as epoch seconds
   */
  public record View(
      Practice practice, String userName, String fhirBase, String csrfToken, String expiresAt) {

    static View of(AppSession session) {
      return new View(
          new Practice(session.practice().agb(), session.practice().name()),
          session.userName(),
          session.fhirBase().toString(),
          session.csrfToken(),
          session.expiresAt().toString());
    }
  }

  public static void get(Context ctx) {
    ctx.json(View.of(CurrentSession.require(ctx)));
  }
}
