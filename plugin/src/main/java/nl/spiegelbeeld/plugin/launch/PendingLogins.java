package nl.spiegelbeeld.plugin.launch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.session.Secrets;
import nl.spiegelbeeld.plugin.session.TokenCipher;

/**
 * Launches waiting for their callback, in the database so the callback may reach another instance.
 * Keyed by the hash of {@code state}, bound to the hash of the browser's pre-login cookie. Taking
 * one deletes it: a replayed {@code state} finds nothing.
 */
final class PendingLogins {

  /** Time for the user to get through the EHR's sign-in and consent. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataSource database;
  private final TokenCipher cipher;
  private final Clock clock;

  PendingLogins(DataSource database, TokenCipher cipher, Clock clock) {
    this.database = database;
    this.cipher = cipher;
    this.clock = clock;
  }

  void save(String state, String browser, PendingLogin login) {
    byte[] stateHash = Secrets.sha256(state);
    Instant now = clock.instant();
    try (Connection c = database.getConnection()) {
      try (PreparedStatement purge =
          c.prepareStatement("DELETE FROM pending_logins WHERE expires_at <= ?")) {
        purge.setTimestamp(1, Timestamp.from(now));
        purge.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO pending_logins (state_hash, browser_hash, iss, secrets, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?)")) {
        insert.setBytes(1, stateHash);
        insert.setBytes(2, Secrets.sha256(browser));
        insert.setString(3, login.iss().toString());
        insert.setBytes(4, cipher.encrypt(JSON.writeValueAsBytes(login), stateHash));
        insert.setTimestamp(5, Timestamp.from(now.plus(LIFETIME)));
        insert.executeUpdate();
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot store the login: " + e.getClass().getName(), e);
    }
  }

  /**
   * Takes (and so removes) the login for {@code state}; empty when unknown, already taken, expired,
   * or started in another browser.
   */
  Optional<PendingLogin> take(String state, String browser) {
    if (state == null || state.length() > 200) {
      return Optional.empty();
    }
    byte[] stateHash = Secrets.sha256(state);
    try (Connection c = database.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM pending_logins WHERE state_hash = ?"
                    + " RETURNING browser_hash, secrets, expires_at")) {
      delete.setBytes(1, stateHash);
      try (ResultSet row = delete.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        boolean sameBrowser =
            browser != null && MessageDigest.isEqual(row.getBytes(1), Secrets.sha256(browser));
        boolean live = row.getTimestamp(3).toInstant().isAfter(clock.instant());
        if (!sameBrowser || !live) {
          return Optional.empty();
        }
        return Optional.of(
            JSON.readValue(cipher.decrypt(row.getBytes(2), stateHash), PendingLogin.class));
      }
    } catch (TokenCipher.UndecryptableException e) {
      return Optional.empty();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot read the login: " + e.getClass().getName(), e);
    }
  }
}
