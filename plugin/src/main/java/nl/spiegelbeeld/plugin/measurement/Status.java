package nl.spiegelbeeld.plugin.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of a practice's measurement on a peildatum, as {@code GET /api/measurements/status}
 * gives it.
 *
 * @param state {@code none}, {@code running}, {@code complete} or {@code failed}
 * @param progress per resource type while running (and as it ended)
 * @param failure only when failed
 * @param completedAt only when complete: when the data was pulled
 */
public record Status(
    String state,
    LocalDate referenceDate,
    List<Progress> progress,
    Failure failure,
    Instant completedAt) {

  public static final String NONE = "none";
  public static final String RUNNING = "running";
  public static final String COMPLETE = "complete";
  public static final String FAILED = "failed";

  public Status {
    progress = List.copyOf(progress);
  }

  static Status none(LocalDate referenceDate) {
    return new Status(NONE, referenceDate, List.of(), null, null);
  }
}
