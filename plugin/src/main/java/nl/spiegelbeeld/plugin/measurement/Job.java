package nl.spiegelbeeld.plugin.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.plugin.pull.Cancellation;

/**
 * One running or ended pull and evaluation: its progress per resource type, how it ended, and who
 * follows it. Thread-safe: the pull's workers report progress while browsers subscribe.
 */
final class Job {

  private final LocalDate referenceDate;
  private final Cancellation cancellation = new Cancellation();
  private final Map<String, Progress> progress = new LinkedHashMap<>();
  private final List<Subscriber> subscribers = new ArrayList<>();
  private String state = Status.RUNNING;
  private Failure failure;
  private Instant completedAt;

  Job(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  Cancellation cancellation() {
    return cancellation;
  }

  synchronized boolean running() {
    return state.equals(Status.RUNNING);
  }

  synchronized void progress(Progress p) {
    progress.put(p.resourceType(), p);
    broadcast("progress", p);
  }

  synchronized void complete(Instant at) {
    state = Status.COMPLETE;
    completedAt = at;
    broadcast("complete", Map.of("completedAt", at.toString()));
    closeAll();
  }

  synchronized void fail(Failure why) {
    state = Status.FAILED;
    failure = why;
    broadcast("failed", why);
    closeAll();
  }

  synchronized Status status() {
    return new Status(state, referenceDate, List.copyOf(progress.values()), failure, completedAt);
  }

  /** Catches a new follower up (progress so far, or how it ended) and keeps it informed. */
  synchronized void subscribe(Subscriber subscriber) {
    try {
      for (Progress p : progress.values()) {
        subscriber.send("progress", p);
      }
      switch (state) {
        case Status.COMPLETE -> {
          subscriber.send("complete", Map.of("completedAt", completedAt.toString()));
          subscriber.close();
        }
        case Status.FAILED -> {
          subscriber.send("failed", failure);
          subscriber.close();
        }
        default -> subscribers.add(subscriber);
      }
    } catch (RuntimeException gone) {
      subscriber.close();
    }
  }

  /** Keeps idle connections open through proxies while a slow page is fetched. */
  synchronized void heartbeat() {
    subscribers.removeIf(
        s -> {
          try {
            s.send("heartbeat", Map.of());
            return false;
          } catch (RuntimeException gone) {
            return true;
          }
        });
  }

  private void broadcast(String event, Object data) {
    subscribers.removeIf(
        s -> {
          try {
            s.send(event, data);
            return false;
          } catch (RuntimeException gone) {
            return true;
          }
        });
  }

  private void closeAll() {
    subscribers.forEach(Subscriber::close);
    subscribers.clear();
  }
}
