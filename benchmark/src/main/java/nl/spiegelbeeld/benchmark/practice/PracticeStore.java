package nl.spiegelbeeld.benchmark.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.storage.Database;

/** The registered practices. */
public final class PracticeStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};

  /** The columns {@link #practice(ResultSet)} reads, from {@code practices p}. */
  public static final String COLUMNS =
      "p.id, p.agb_code, p.name, p.jwks_url, p.jwks::text, p.list_size, p.sex_counts::text,"
          + " p.age_counts::text";

  private final Database database;
  private final Clock clock;

  public PracticeStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Registers a practice, or updates its name, key source and context when the AGB code is known (a
   * key rotation). Exactly one of {@code jwksUrl} and {@code jwks} is given.
   *
   * @return the stored practice
   */
  public Practice register(
      String agb,
      String name,
      Optional<String> jwksUrl,
      Optional<String> jwks,
      PracticeContext context) {
    return database.inTransaction(
        db -> {
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO practices (agb_code, name, jwks_url, jwks, list_size, sex_counts,"
                      + " age_counts, registered_at)"
                      + " VALUES (?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?)"
                      + " ON CONFLICT (agb_code) DO UPDATE SET name = excluded.name,"
                      + " jwks_url = excluded.jwks_url, jwks = excluded.jwks,"
                      + " list_size = excluded.list_size, sex_counts = excluded.sex_counts,"
                      + " age_counts = excluded.age_counts")) {
            s.setString(1, agb);
            s.setString(2, name);
            s.setString(3, jwksUrl.orElse(null));
            s.setString(4, jwks.orElse(null));
            if (context.listSize() == null) {
              s.setNull(5, Types.INTEGER);
            } else {
              s.setInt(5, context.listSize());
            }
            s.setString(6, json(context.sex()));
            s.setString(7, json(context.ageBands()));
            s.setTimestamp(8, Timestamp.from(clock.instant()));
            s.executeUpdate();
          }
          return find(db, "p.agb_code = ?", agb).orElseThrow();
        });
  }

  public Optional<Practice> byAgb(String agb) {
    return database.inTransaction(db -> find(db, "p.agb_code = ?", agb));
  }

  public List<Practice> all() {
    return database.inTransaction(
        db -> {
          List<Practice> all = new ArrayList<>();
          try (PreparedStatement s =
                  db.prepareStatement(
                      "SELECT " + COLUMNS + " FROM practices p ORDER BY p.agb_code");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              all.add(practice(r));
            }
          }
          return all;
        });
  }

  private static Optional<Practice> find(Connection db, String where, String value)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement("SELECT " + COLUMNS + " FROM practices p WHERE " + where)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(practice(r)) : Optional.empty();
      }
    }
  }

  /** Reads a practice from a row that starts with {@link #COLUMNS}. */
  public static Practice practice(ResultSet r) throws SQLException {
    return practice(r, 1);
  }

  /** Reads a practice from the {@link #COLUMNS} starting at column {@code first}. */
  public static Practice practice(ResultSet r, int first) throws SQLException {
    int c = first - 1;
    int listSize = r.getInt(c + 6);
    Integer size = r.wasNull() ? null : listSize;
    return new Practice(
        r.getLong(c + 1),
        r.getString(c + 2),
        r.getString(c + 3),
        Optional.ofNullable(r.getString(c + 4)),
        Optional.ofNullable(r.getString(c + 5)),
        new PracticeContext(size, counts(r.getString(c + 7)), counts(r.getString(c + 8))));
  }

  private static String json(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return null;
    }
    try {
      return JSON.writeValueAsString(counts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Integer> counts(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, COUNTS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored context is not a JSON object of counts", e);
    }
  }
}
