package nl.spiegelbeeld.plugin.worklist;

import java.time.Instant;
import java.util.Objects;

/**
 * A review mark on one patient of one worklist (local only).
 *
 * @param note the assistant's short note; empty when none
 * @param reviewedBy the user's display name from the session, or {@code null}
 */
public record Review(
    String worklistId,
    String patientId,
    ReviewOutcome outcome,
    String note,
    String reviewedBy,
    Instant reviewedAt) {

  public Review {
    Objects.requireNonNull(worklistId, "worklistId");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
  }
}
