package nl.spiegelbeeld.benchmark.auth;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import nl.spiegelbeeld.benchmark.storage.Database;

/**
 * The client assertions already accepted, kept until they expire, so a captured assertion cannot be
 * used again. In the database, so replay protection holds across instances and restarts.
 */
public final class UsedAssertions {

  private final Database database;
  private final Clock clock;

  public UsedAssertions(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Records the jti; false when the practice used it before and it has not expired yet. Expired
   * entries are dropped on the way: they could not pass the expiry check anyway.
   */
  public boolean firstUse(long practiceId, String jti, Instant expiresAt) {
    return database.inTransaction(
        db -> {
          try (PreparedStatement purge =
              db.prepareStatement("DELETE FROM used_assertions WHERE expires_at < ?")) {
            purge.setTimestamp(1, Timestamp.from(clock.instant().minus(ClientAssertions.SKEW)));
            purge.executeUpdate();
          }
          try (PreparedStatement s =
              db.prepareStatement(
                  "INSERT INTO used_assertions (practice_id, jti, expires_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            s.setLong(1, practiceId);
            s.setString(2, jti);
            s.setTimestamp(3, Timestamp.from(expiresAt));
            return s.executeUpdate() == 1;
          }
        });
  }
}
