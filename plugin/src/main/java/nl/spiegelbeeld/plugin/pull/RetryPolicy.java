package nl.spiegelbeeld.plugin.pull;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How transient faults (5xx, 429, time-outs, dropped connections) are retried: exponential backoff
 * with full jitter between {@code baseDelay} and {@code maxDelay}, a server's {@code Retry-After}
 * honoured up to {@code maxRetryAfter}, at most {@code attempts} tries per request.
 */
public record RetryPolicy(
    int attempts,
    Duration baseDelay,
    Duration maxDelay,
    Duration maxRetryAfter,
    Duration requestTimeout) {

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** Five tries, 0.5 s doubling to at most 8 s, Retry-After up to a minute, 60 s per request. */
  public static RetryPolicy standard() {
    return new RetryPolicy(
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(8),
        Duration.ofSeconds(60),
        Duration.ofSeconds(60));
  }

  /** The wait before retry number {@code retry} (1 for the first retry), jittered. */
  Duration backoff(int retry) {
    long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
    // Full jitter (AWS architecture blog): spreads clients that failed together.
    return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
  }

  /** The server's wait, bounded so that a wild Retry-After cannot stall the pull for hours. */
  Duration retryAfter(Duration asked) {
    return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
  }
}
