package nl.spiegelbeeld.plugin.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions live and how their cookies are set.
 *
 * @param idleTimeout a session unused this long ends (default 30 minutes)
 * @param absoluteLifetime a session ends this long after sign-in however busy (default 10 hours: a
 *     working day; the EHR's own refresh token usually ends sooner)
 * @param iframeCookies the HIS shows Spiegelbeeld in an iframe: cookies need {@code SameSite=None;
 *     Secure; Partitioned} to be sent at all
 */
public record SessionSettings(
    Duration idleTimeout, Duration absoluteLifetime, boolean iframeCookies) {

  public SessionSettings {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
    if (idleTimeout.isNegative()
        || idleTimeout.isZero()
        || absoluteLifetime.compareTo(idleTimeout) < 0) {
      throw new IllegalArgumentException("0 < idleTimeout <= absoluteLifetime");
    }
  }

  public static SessionSettings defaults() {
    return new SessionSettings(Duration.ofMinutes(30), Duration.ofHours(10), false);
  }
}
