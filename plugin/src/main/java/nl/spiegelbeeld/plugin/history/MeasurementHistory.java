package nl.spiegelbeeld.plugin.history;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/**
 * The local measurement history (table {@code measurement_history}, migration V2). The pull job
 * calls {@link #record} after every complete pull; the dashboard reads {@link #forPractice}.
 */
public final class MeasurementHistory {

  private static final String UPSERT =
      """
      INSERT INTO measurement_history (practice_agb, reference_date, indicator_id,
          definition_version, numerator, denominator, measure_population, measured_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (practice_agb, reference_date, indicator_id, definition_version) DO UPDATE SET
          numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
          measure_population = EXCLUDED.measure_population, measured_at = EXCLUDED.measured_at
      WHERE measurement_history.measured_at <= EXCLUDED.measured_at
      """;

  private static final String BY_PRACTICE =
      """
      SELECT indicator_id, reference_date, definition_version, numerator, denominator,
          measure_population, measured_at
      FROM measurement_history WHERE practice_agb = ?
      ORDER BY indicator_id, reference_date, definition_version
      """;

  private final DataSource dataSource;

  public MeasurementHistory(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Stores the summary counts of a complete measurement, one row per indicator; a later measurement
   * of the same peildatum and definition version replaces the earlier one.
   */
  public void record(PracticeMeasurement measurement) {
    String agb = measurement.data().practice().agb();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(UPSERT)) {
      c.setAutoCommit(false);
      for (IndicatorResult r : measurement.evaluation().indicators()) {
        Counts counts = r.main().counts();
        s.setString(1, agb);
        s.setDate(2, Date.valueOf(measurement.evaluation().referenceDate()));
        s.setString(3, r.id());
        s.setString(4, r.definition().version());
        s.setInt(5, counts.numerator());
        s.setInt(6, counts.denominator());
        s.setInt(7, counts.measurePopulation());
        s.setTimestamp(8, Timestamp.from(measurement.data().pulledAt()));
        s.addBatch();
      }
      s.executeBatch();
      c.commit();
    } catch (SQLException e) {
      throw new StoreFailed("cannot record the measurement history", e);
    }
  }

  /** Every stored point of the practice, by indicator id, oldest peildatum first. */
  public Map<String, List<HistoryPoint>> forPractice(String agb) {
    Map<String, List<HistoryPoint>> byIndicator = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(BY_PRACTICE)) {
      s.setString(1, agb);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          HistoryPoint p =
              new HistoryPoint(
                  rs.getString(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getTimestamp(7).toInstant());
          byIndicator.computeIfAbsent(p.indicatorId(), k -> new ArrayList<>()).add(p);
        }
      }
    } catch (SQLException e) {
      throw new StoreFailed("cannot read the measurement history", e);
    }
    return byIndicator;
  }

  /** The store could not be read or written; the message names the operation, never data. */
  public static final class StoreFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailed(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
