package nl.spiegelbeeld.benchmark.measure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import nl.spiegelbeeld.benchmark.storage.Database;
import org.hl7.fhir.r4.model.Measure;

/** The registered measures: the indicator versions the benchmark accepts reports for. */
public final class MeasureStore {

  private static final String COLUMNS =
      "url, version, title, improvement_notation, group_codes, stratifiers";

  private final Database database;
  private final Clock clock;

  /**
   * Definitions found so far. A registered url and version never changes (see {@link #register}),
   * so a found definition can be kept for the life of the process; a miss is not kept, so a measure
   * registered meanwhile (by the operator command, another process) is found.
   */
  private final Map<String, MeasureDefinition> found = new ConcurrentHashMap<>();

  public MeasureStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** What registering one Measure did. */
  public enum Outcome {
    ADDED,
    UNCHANGED
  }

  /**
   * Registers the Measures in one transaction: all or none. The same url and version again is
   * accepted when it means the same (groups, stratifiers, improvement notation), refused otherwise:
   * a changed definition needs a new version, or comparisons would mix two definitions.
   *
   * @throws InvalidMeasure naming every Measure that cannot be registered
   */
  public List<Outcome> register(List<Measure> measures) {
    List<MeasureDefinition> definitions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      try {
        definitions.add(MeasureReading.read(measures.get(i), "Measure " + (i + 1)));
      } catch (InvalidMeasure e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMeasure(problems);
    }
    return database.inTransaction(
        db -> {
          List<Outcome> outcomes = new ArrayList<>();
          List<String> conflicts = new ArrayList<>();
          for (int i = 0; i < definitions.size(); i++) {
            MeasureDefinition d = definitions.get(i);
            Optional<MeasureDefinition> known = find(db, d.url(), d.version());
            if (known.isEmpty()) {
              insert(db, d, measures.get(i));
              outcomes.add(Outcome.ADDED);
            } else if (sameMeaning(known.get(), d)) {
              outcomes.add(Outcome.UNCHANGED);
            } else {
              conflicts.add(
                  d.canonical()
                      + " is al geregistreerd met andere groepen, strata of verbeterrichting;"
                      + " een gewijzigde definitie krijgt een nieuwe versie.");
            }
          }
          if (!conflicts.isEmpty()) {
            throw new InvalidMeasure(conflicts);
          }
          return outcomes;
        });
  }

  public Optional<MeasureDefinition> find(String url, String version) {
    MeasureDefinition known = found.get(url + "|" + version);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<MeasureDefinition> stored = database.inTransaction(db -> find(db, url, version));
    stored.ifPresent(d -> found.put(d.canonical(), d));
    return stored;
  }

  /** Every registered measure, by URL and version. */
  public List<MeasureDefinition> all() {
    return database.inTransaction(
        db -> {
          List<MeasureDefinition> all = new ArrayList<>();
          try (PreparedStatement s =
                  db.prepareStatement(
                      "SELECT " + COLUMNS + " FROM measures ORDER BY url, version");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              all.add(definition(r));
            }
          }
          return all;
        });
  }

  private static boolean sameMeaning(MeasureDefinition a, MeasureDefinition b) {
    return a.groupCodes().equals(b.groupCodes())
        && a.stratifiers().equals(b.stratifiers())
        && a.improvementNotation().equals(b.improvementNotation());
  }

  private static Optional<MeasureDefinition> find(Connection db, String url, String version)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + COLUMNS + " FROM measures WHERE url = ? AND version = ?")) {
      s.setString(1, url);
      s.setString(2, version);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(definition(r)) : Optional.empty();
      }
    }
  }

  private void insert(Connection db, MeasureDefinition d, Measure resource) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "INSERT INTO measures ("
                + COLUMNS
                + ", measure, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
      s.setString(1, d.url());
      s.setString(2, d.version());
      s.setString(3, d.title());
      s.setString(4, d.improvementNotation());
      s.setArray(5, db.createArrayOf("text", d.groupCodes().toArray()));
      s.setArray(6, db.createArrayOf("text", d.stratifiers().toArray()));
      s.setString(7, WireFormat.writer().encodeResourceToString(resource));
      s.setTimestamp(8, Timestamp.from(clock.instant()));
      s.executeUpdate();
    }
  }

  private static MeasureDefinition definition(ResultSet r) throws SQLException {
    return new MeasureDefinition(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        strings(r.getArray(5)),
        strings(r.getArray(6)));
  }

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
  }
}
