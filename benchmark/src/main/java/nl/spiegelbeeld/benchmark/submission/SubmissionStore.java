package nl.spiegelbeeld.benchmark.submission;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.storage.Database;

/**
 * Stores checked reports. A report for a practice, measure version and period that was submitted
 * before replaces it: the earlier row gets {@code superseded_at} and stays for audit.
 */
public final class SubmissionStore {

  private final Database database;
  private final Clock clock;

  public SubmissionStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Whether a report was new or replaced an earlier submission. */
  public enum Stored {
    NEW,
    REPLACED
  }

  /** Stores all reports in one transaction: all or none. */
  public List<Stored> save(long practiceId, List<CheckedReport> reports) {
    return database.inTransaction(
        db -> {
          Timestamp now = Timestamp.from(clock.instant());
          List<Stored> stored = new ArrayList<>();
          for (CheckedReport report : reports) {
            boolean replaced = supersede(db, practiceId, report, now);
            long id = insert(db, practiceId, report, now);
            insertResults(db, id, report);
            stored.add(replaced ? Stored.REPLACED : Stored.NEW);
          }
          return stored;
        });
  }

  private static boolean supersede(
      Connection db, long practiceId, CheckedReport report, Timestamp now) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "UPDATE submissions SET superseded_at = ? WHERE practice_id = ? AND measure_url = ?"
                + " AND measure_version = ? AND period_start = ? AND period_end = ?"
                + " AND superseded_at IS NULL")) {
      s.setTimestamp(1, now);
      s.setLong(2, practiceId);
      s.setString(3, report.measure().url());
      s.setString(4, report.measure().version());
      s.setDate(5, Date.valueOf(report.periodStart()));
      s.setDate(6, Date.valueOf(report.periodEnd()));
      return s.executeUpdate() > 0;
    }
  }

  private static long insert(Connection db, long practiceId, CheckedReport report, Timestamp now)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO submissions (practice_id, measure_url, measure_version, period_start,"
                + " period_end, measure_report, received_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)"
                + " RETURNING id")) {
      s.setLong(1, practiceId);
      s.setString(2, report.measure().url());
      s.setString(3, report.measure().version());
      s.setDate(4, Date.valueOf(report.periodStart()));
      s.setDate(5, Date.valueOf(report.periodEnd()));
      s.setString(6, WireFormat.writer().encodeResourceToString(report.stored()));
      s.setTimestamp(7, now);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void insertResults(Connection db, long submissionId, CheckedReport report)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO submission_results (submission_id, group_code, denominator, numerator)"
                + " VALUES (?, ?, ?, ?)")) {
      for (CheckedReport.GroupResult g : report.results()) {
        s.setLong(1, submissionId);
        s.setString(2, g.code());
        setCount(s, 3, g.denominator());
        setCount(s, 4, g.numerator());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void setCount(PreparedStatement s, int index, Integer count) throws SQLException {
    if (count == null) {
      s.setNull(index, Types.INTEGER);
    } else {
      s.setInt(index, count);
    }
  }
}
