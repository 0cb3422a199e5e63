package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Handler;
import nl.spiegelbeeld.plugin.smart.LaunchStyle;

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
      Practice practice,
      String userName,
      String fhirBase,
      String csrfToken,
      String expiresAt,
      Boolean needPatientBanner,
      boolean styleAvailable) {

    static View of(AppSession session, LaunchStyle style) {
      return new View(
          new Practice(session.practice().agb(), session.practice().name()),
          session.userName(),
          session.fhirBase().toString(),
          session.csrfToken(),
          session.expiresAt().toString(),
          style.needPatientBanner().orElse(null),
          style.styleUrl().isPresent());
    }
  }

  /**
   * The handler. {@code needPatientBanner} is the launch's {@code need_patient_banner} ({@code
   * null} when not sent); {@code styleAvailable} says the launch named a style sheet.
   */
  public static Handler handler(SessionStore sessions) {
    return ctx -> {
      AppSession session = CurrentSession.require(ctx);
      ctx.json(View.of(session, sessions.launchStyle(session)));
    };
  }
}
