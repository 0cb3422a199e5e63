package nl.spiegelbeeld.benchmark.auth;

import io.javalin.http.Context;
import java.util.Objects;
import nl.spiegelbeeld.benchmark.practice.Practice;

/**
 * The practice whose client assertion a request carried; set by {@link Authentication}, read by the
 * handlers.
 */
public record Caller(Practice practice) {

  private static final String ATTRIBUTE = "benchmark.caller";

  public Caller {
    Objects.requireNonNull(practice, "practice");
  }

  static void set(Context ctx, Caller caller) {
    ctx.attribute(ATTRIBUTE, caller);
  }

  /** The authenticated caller; the routes that call this are behind {@link Authentication}. */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException("route without authentication: " + ctx.path());
    }
    return caller;
  }
}
