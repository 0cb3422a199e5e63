package nl.spiegelbeeld.benchmark.group;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.storage.Database;

/** The peer groups and their members. */
public final class GroupStore {

  /** The threshold for a practice that is in no group yet (indicators.md section 5). */
  public static final int DEFAULT_K = 5;

  private final Database database;
  private final Clock clock;

  public GroupStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Creates a group with its members (known AGB codes).
   *
   * @throws UnknownPractices naming every AGB code that is not registered
   */
  public PeerGroup create(String name, List<String> memberAgbs, int k, boolean compareByName) {
    return database.inTransaction(
        db -> {
          Map<String, Long> ids = practiceIds(db, memberAgbs);
          List<String> unknown = memberAgbs.stream().filter(a -> !ids.containsKey(a)).toList();
          if (!unknown.isEmpty()) {
            throw new UnknownPractices(unknown);
          }
          Timestamp now = Timestamp.from(clock.instant());
          long id;
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO peer_groups (name, suppression_k, compare_by_name, created_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")) {
            s.setString(1, name);
            s.setInt(2, k);
            s.setBoolean(3, compareByName);
            s.setTimestamp(4, now);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              id = r.getLong(1);
            }
          }
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO peer_group_members (peer_group_id, practice_id, joined_at)"
                      + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (String agb : memberAgbs) {
              s.setLong(1, id);
              s.setLong(2, ids.get(agb));
              s.setTimestamp(3, now);
              s.addBatch();
            }
            s.executeBatch();
          }
          return groups(db, "g.id = ?", id).get(0);
        });
  }

  public Optional<PeerGroup> find(long id) {
    return database.inTransaction(db -> groups(db, "g.id = ?", id).stream().findFirst());
  }

  /** The groups the practice belongs to. */
  public List<PeerGroup> of(long practiceId) {
    return database.inTransaction(
        db ->
            groups(
                db,
                "g.id IN (SELECT peer_group_id FROM peer_group_members WHERE practice_id = ?)",
                practiceId));
  }

  /**
   * The ids of the members of the given groups, together (a regional view), in one query.
   *
   * @throws UnknownGroups naming the ids that are no group
   */
  public Set<Long> memberIds(List<Long> groupIds) {
    return database.inTransaction(
        db -> {
          Set<Long> found = new HashSet<>();
          Set<Long> members = new HashSet<>();
          try (PreparedStatement s =
              db.prepareStatement(
                  "SELECT g.id, m.practice_id FROM peer_groups g"
                      + " LEFT JOIN peer_group_members m ON m.peer_group_id = g.id"
                      + " WHERE g.id = ANY (?)")) {
            s.setArray(1, db.createArrayOf("bigint", groupIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                found.add(r.getLong(1));
                long practice = r.getLong(2);
                if (!r.wasNull()) {
                  members.add(practice);
                }
              }
            }
          }
          List<Long> unknown = groupIds.stream().filter(id -> !found.contains(id)).toList();
          if (!unknown.isEmpty()) {
            throw new UnknownGroups(unknown);
          }
          return members;
        });
  }

  public List<PeerGroup> all() {
    return database.inTransaction(db -> groups(db, "TRUE", null));
  }

  /**
   * The suppression threshold that applies to the practice's submissions: the strictest (largest) k
   * of its groups, {@link #DEFAULT_K} when it is in none.
   */
  public static int strictestK(List<PeerGroup> groups) {
    return groups.stream().mapToInt(PeerGroup::suppressionK).max().orElse(DEFAULT_K);
  }

  /**
   * @param where the condition on {@code peer_groups g}, with one {@code ?} for the parameter
   *     unless the parameter is null
   */
  private static List<PeerGroup> groups(Connection db, String where, Long parameter)
      throws SQLException {
    Map<Long, PeerGroup> groups = new LinkedHashMap<>();
    Map<Long, List<Practice>> members = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT g.id, g.name, g.suppression_k, g.compare_by_name, "
                + PracticeStore.COLUMNS
                + " FROM peer_groups g"
                + " LEFT JOIN peer_group_members m ON m.peer_group_id = g.id"
                + " LEFT JOIN practices p ON p.id = m.practice_id"
                + " WHERE "
                + where
                + " ORDER BY g.id, p.agb_code")) {
      if (parameter != null) {
        s.setLong(1, parameter);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          groups.putIfAbsent(
              id, new PeerGroup(id, r.getString(2), r.getInt(3), r.getBoolean(4), List.of()));
          List<Practice> list = members.computeIfAbsent(id, g -> new ArrayList<>());
          r.getLong(5);
          if (!r.wasNull()) {
            list.add(PracticeStore.practice(r, 5));
          }
        }
      }
    }
    List<PeerGroup> result = new ArrayList<>();
    groups.forEach(
        (id, g) ->
            result.add(
                new PeerGroup(id, g.name(), g.suppressionK(), g.compareByName(), members.get(id))));
    return result;
  }

  private static Map<String, Long> practiceIds(Connection db, List<String> agbs)
      throws SQLException {
    Map<String, Long> ids = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement("SELECT agb_code, id FROM practices WHERE agb_code = ANY (?)")) {
      s.setArray(1, db.createArrayOf("text", agbs.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.put(r.getString(1), r.getLong(2));
        }
      }
    }
    return ids;
  }
}
