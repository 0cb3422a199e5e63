package nl.spiegelbeeld.plugin.session;

import io.javalin.http.Context;
import java.util.Set;
import nl.spiegelbeeld.plugin.web.AppUrl;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * Cross-site request forgery protection for state-changing requests: the request must come from the
 * app's own origin ({@code Sec-Fetch-Site} and {@code Origin}, when the browser sends them) and
 * carry the session's CSRF token in {@code X-CSRF-Token} (or, for a plain form, the field {@code
 * csrf}). The SameSite cookie alone is not enough: Lax still sends it on top-level POSTs in some
 * browsers, and iframe mode uses SameSite=None.
 */
public final class CsrfCheck {

  static final String HEADER = "X-CSRF-Token";
  static final String FORM_FIELD = "csrf";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AppUrl appUrl;

  public CsrfCheck(AppUrl appUrl) {
    this.appUrl = appUrl;
  }

  static boolean isSafe(Context ctx) {
    return SAFE_METHODS.contains(ctx.method().name());
  }

  /**
   * Lets a same-origin request with the session's token through.
   *
   * @throws Refused when the request is cross-site or lacks the session's token
   */
  public void check(Context ctx, AppSession session) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin")) {
      throw new Refused();
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals(appUrl.origin(ctx))) {
      throw new Refused();
    }
    String token = ctx.header(HEADER);
    if (token == null && isForm(ctx)) {
      token = ctx.formParam(FORM_FIELD);
    }
    if (!Secrets.same(token, session.csrfToken())) {
      throw new Refused();
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  /** 403 in Dutch: the request did not come from Spiegelbeeld's own page. */
  public static final class Refused extends ProblemException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:csrf",
              "Verzoek geweigerd",
              403,
              "Spiegelbeeld heeft dit verzoek geweigerd, omdat het niet van een Spiegelbeeld-"
                  + "pagina leek te komen. Laad de pagina opnieuw en probeer het nog eens."));
    }
  }
}
