package nl.spiegelbeeld.plugin.pull;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the one who started a pull stop it (the user leaves, "Ververs" starts another). The pull
 * checks it before every request and then ends as incomplete.
 */
public final class Cancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /** A cancellation nobody triggers. */
  public static Cancellation never() {
    return new Cancellation();
  }
}
