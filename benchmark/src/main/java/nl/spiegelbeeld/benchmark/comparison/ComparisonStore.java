package nl.spiegelbeeld.benchmark.comparison;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.benchmark.storage.Database;

/** Reads the current (not superseded) results that comparisons are made of. */
public final class ComparisonStore {

  private static final String SELECT =
      "SELECT s.practice_id, s.measure_version, s.period_start, s.period_end, r.denominator,"
          + " r.numerator FROM submissions s"
          + " JOIN submission_results r ON r.submission_id = s.id"
          + " WHERE s.superseded_at IS NULL AND s.measure_url = ? AND r.group_code = ?";

  private final Database database;

  public ComparisonStore(Database database) {
    this.database = database;
  }

  /** The practices' results for the measure URL and group, every version and period (trends). */
  public List<ResultRow> ofPractices(String measureUrl, String groupCode, Collection<Long> ids) {
    return database.inTransaction(
        db -> {
          try (PreparedStatement s = db.prepareStatement(SELECT + " AND s.practice_id = ANY (?)")) {
            s.setString(1, measureUrl);
            s.setString(2, groupCode);
            s.setArray(3, db.createArrayOf("bigint", ids.toArray()));
            return rows(s);
          }
        });
  }

  /**
   * The results for one measure version, group and period of the given practices (a regional view),
   * or of every practice (the national view).
   */
  public List<ResultRow> ofPeriod(
      String measureUrl,
      String version,
      String groupCode,
      LocalDate start,
      LocalDate end,
      Optional<Set<Long>> practices) {
    return database.inTransaction(
        db -> {
          try (PreparedStatement s =
              db.prepareStatement(
                  SELECT
                      + " AND s.measure_version = ? AND s.period_start = ? AND s.period_end = ?"
                      + (practices.isPresent() ? " AND s.practice_id = ANY (?)" : ""))) {
            s.setString(1, measureUrl);
            s.setString(2, groupCode);
            s.setString(3, version);
            s.setDate(4, Date.valueOf(start));
            s.setDate(5, Date.valueOf(end));
            if (practices.isPresent()) {
              s.setArray(6, db.createArrayOf("bigint", practices.get().toArray()));
            }
            return rows(s);
          }
        });
  }

  private static List<ResultRow> rows(PreparedStatement s) throws SQLException {
    List<ResultRow> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(
            new ResultRow(
                r.getLong(1),
                r.getString(2),
                r.getDate(3).toLocalDate(),
                r.getDate(4).toLocalDate(),
                (Integer) r.getObject(5),
                (Integer) r.getObject(6)));
      }
    }
    return rows;
  }
}
