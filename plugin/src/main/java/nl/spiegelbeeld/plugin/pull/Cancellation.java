package nl.spiegelbeeld.plugin.pull;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the one who started a pull stop it (the user leaves, "Ververs" starts another). The pull
 * checks it before every request and then ends as incomplete. A pull stops its other searches after
 * a failure through a {@link #child()}, leaving the caller's own untouched.
 */
public final class Cancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Cancellation parent;

  public Cancellation() {
    this(null);
  }

  private Cancellation(Cancellation parent) {
    this.parent = parent;
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get() || (parent != null && parent.isCancelled());
  }

  /** A cancellation that is also cancelled when this one is. */
  Cancellation child() {
    return new Cancellation(this);
  }

  /** A cancellation nobody triggers. */
  public static Cancellation never() {
    return new Cancellation();
  }
}
