package nl.spiegelbeeld.plugin.worklist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Review marks in the plugin database (table {@code worklist_review}, migration V2), keyed by
 * practice AGB, worklist id and patient id. A practice only ever reads and writes its own marks:
 * every method takes the AGB of the caller's session.
 */
public final class ReviewStore {

  private static final String UPSERT =
      """
      INSERT INTO worklist_review (practice_agb, worklist_id, patient_id, outcome, note,
          reviewed_by, reviewed_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (practice_agb, worklist_id, patient_id) DO UPDATE SET
          outcome = EXCLUDED.outcome, note = EXCLUDED.note,
          reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at
      """;

  private final DataSource dataSource;

  public ReviewStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Stores or replaces the mark. */
  public void save(String agb, Review review) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(UPSERT)) {
      s.setString(1, agb);
      s.setString(2, review.worklistId());
      s.setString(3, review.patientId());
      s.setString(4, review.outcome().code());
      s.setString(5, review.note());
      s.setString(6, review.reviewedBy());
      s.setTimestamp(7, Timestamp.from(review.reviewedAt()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new StoreFailed("cannot save a review mark", e);
    }
  }

  /** Removes the mark (the patient is not reviewed after all); true when there was one. */
  public boolean remove(String agb, String worklistId, String patientId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "DELETE FROM worklist_review"
                    + " WHERE practice_agb = ? AND worklist_id = ? AND patient_id = ?")) {
      s.setString(1, agb);
      s.setString(2, worklistId);
      s.setString(3, patientId);
      return s.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new StoreFailed("cannot remove a review mark", e);
    }
  }

  /** The practice's marks on one worklist, by patient id. */
  public Map<String, Review> forWorklist(String agb, String worklistId) {
    Map<String, Review> marks = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT patient_id, outcome, note, reviewed_by, reviewed_at FROM worklist_review"
                    + " WHERE practice_agb = ? AND worklist_id = ?")) {
      s.setString(1, agb);
      s.setString(2, worklistId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          // A code no longer in the enum (a later version removed it) reads as "anders".
          ReviewOutcome outcome =
              ReviewOutcome.fromCode(rs.getString(2)).orElse(ReviewOutcome.ANDERS);
          Review r =
              new Review(
                  worklistId,
                  rs.getString(1),
                  outcome,
                  rs.getString(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toInstant());
          marks.put(r.patientId(), r);
        }
      }
    } catch (SQLException e) {
      throw new StoreFailed("cannot read review marks", e);
    }
    return marks;
  }

  /** The store could not be read or written; the message names the operation, never data. */
  public static final class StoreFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailed(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
