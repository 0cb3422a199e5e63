package nl.spiegelbeeld.plugin.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.smart.LaunchStyle;
import nl.spiegelbeeld.plugin.smart.TokenSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions in the plugin database, shared by every instance. The cookie value is kept only as its
 * SHA-256, tokens only AES-GCM encrypted. A session ends after {@link SessionSettings#idleTimeout}
 * without requests or at its absolute end, whichever comes first; expired rows are removed when new
 * sessions are made.
 */
public final class SessionStore {

  private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Extending the idle expiry costs a write; skip it when it would move less than this. */
  private static final Duration TOUCH_STEP = Duration.ofMinutes(1);

  private final DataSource database;
  private final TokenCipher cipher;
  private final Clock clock;
  private final SessionSettings settings;
  private final TokenRefresher refresher;

  public SessionStore(
      DataSource database,
      TokenCipher cipher,
      Clock clock,
      SessionSettings settings,
      TokenRefresher refresher) {
    this.database = Objects.requireNonNull(database, "database");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.refresher = Objects.requireNonNull(refresher, "refresher");
  }

  /** What a successful callback knows about the new session. */
  public record NewSession(
      URI iss,
      PracticeIdentity practice,
      String userName,
      String fhirUser,
      TokenSet tokens,
      LaunchStyle style) {

    public NewSession(
        URI iss, PracticeIdentity practice, String userName, String fhirUser, TokenSet tokens) {
      this(iss, practice, userName, fhirUser, tokens, LaunchStyle.NONE);
    }
  }

  /** Tokens as stored (encrypted); epoch seconds for the expiry. */
  private record StoredTokens(String access, long expiresAt, String refresh, List<String> scopes) {}

  /** Creates the session; its {@link AppSession#id()} is the cookie value, shown only here. */
  public AppSession create(NewSession session) {
    String id = Secrets.random();
    byte[] idHash = Secrets.sha256(id);
    String csrf = Secrets.random();
    Instant now = clock.instant();
    Instant absolute = now.plus(settings.absoluteLifetime());
    Instant idle = min(now.plus(settings.idleTimeout()), absolute);
    try (Connection c = database.getConnection()) {
      try (PreparedStatement purge =
          c.prepareStatement(
              "DELETE FROM sessions WHERE idle_expires_at <= ? OR absolute_expires_at <= ?")) {
        purge.setTimestamp(1, Timestamp.from(now));
        purge.setTimestamp(2, Timestamp.from(now));
        purge.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO sessions (id_hash, iss, practice, agb, user_name, fhir_user,"
                  + " csrf_token, tokens, created_at, idle_expires_at, absolute_expires_at,"
                  + " style_url, need_patient_banner)"
                  + " VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setBytes(1, idHash);
        insert.setString(2, session.iss().toString());
        insert.setString(3, JSON.writeValueAsString(session.practice()));
        insert.setString(4, session.practice().agb());
        insert.setString(5, session.userName());
        insert.setString(6, session.fhirUser());
        insert.setString(7, csrf);
        insert.setBytes(8, seal(session.tokens(), idHash));
        insert.setTimestamp(9, Timestamp.from(now));
        insert.setTimestamp(10, Timestamp.from(idle));
        insert.setTimestamp(11, Timestamp.from(absolute));
        insert.setString(12, session.style().styleUrl().orElse(null));
        insert.setObject(13, session.style().needPatientBanner().orElse(null), Types.BOOLEAN);
        insert.executeUpdate();
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("cannot store the session: " + e.getClass().getName(), e);
    }
    return new AppSession(
        id,
        session.iss(),
        session.practice(),
        session.userName(),
        session.fhirUser(),
        new SessionTokens(this, idHash, session.tokens(), clock),
        csrf,
        idle);
  }

  /**
   * The live session for a cookie value, its idle expiry extended; empty when unknown, expired or
   * unreadable (e.g. encrypted with a replaced key).
   */
  public Optional<AppSession> find(String cookieValue) {
    if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
      return Optional.empty();
    }
    byte[] idHash = Secrets.sha256(cookieValue);
    Instant now = clock.instant();
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT iss, practice::text, user_name, fhir_user, csrf_token, tokens,"
                    + " idle_expires_at, absolute_expires_at FROM sessions"
                    + " WHERE id_hash = ? AND idle_expires_at > ? AND absolute_expires_at > ?")) {
      select.setBytes(1, idHash);
      select.setTimestamp(2, Timestamp.from(now));
      select.setTimestamp(3, Timestamp.from(now));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        Instant idle = row.getTimestamp("idle_expires_at").toInstant();
        Instant absolute = row.getTimestamp("absolute_expires_at").toInstant();
        Instant extended = min(now.plus(settings.idleTimeout()), absolute);
        if (extended.isAfter(idle.plus(TOUCH_STEP))) {
          touch(c, idHash, extended);
          idle = extended;
        }
        TokenSet tokens = open(row.getBytes("tokens"), idHash);
        return Optional.of(
            new AppSession(
                cookieValue,
                URI.create(row.getString("iss")),
                JSON.readValue(row.getString(2), PracticeIdentity.class),
                row.getString("user_name"),
                row.getString("fhir_user"),
                new SessionTokens(this, idHash, tokens, clock),
                row.getString("csrf_token"),
                idle));
      }
    } catch (TokenCipher.UndecryptableException e) {
      LOG.warn("A session could not be decrypted (session key replaced?); treated as signed out");
      return Optional.empty();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("cannot read the session: " + e.getClass().getName(), e);
    }
  }

  /** The launch's style parameters of a session, {@link LaunchStyle#NONE} when unknown. */
  public LaunchStyle launchStyle(AppSession session) {
    try (Connection c = database.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT style_url, need_patient_banner FROM sessions WHERE id_hash = ?")) {
      select.setBytes(1, Secrets.sha256(session.id()));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return LaunchStyle.NONE;
        }
        boolean banner = row.getBoolean(2);
        return new LaunchStyle(
            Optional.ofNullable(row.getString(1)),
            row.wasNull() ? Optional.empty() : Optional.of(banner));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the session: " + e.getClass().getName(), e);
    }
  }

  /** Ends the session (logout); unknown values are ignored. */
  public void delete(String cookieValue) {
    if (cookieValue == null || cookieValue.isEmpty()) {
      return;
    }
    try (Connection c = database.getConnection();
        PreparedStatement delete = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
      delete.setBytes(1, Secrets.sha256(cookieValue));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete the session: " + e.getClass().getName(), e);
    }
  }

  /**
   * Refreshes under the row's lock. When the stored access token is no longer {@code stale},
   * another request or instance refreshed first: its tokens are returned. A refused refresh keeps
   * the stored tokens (the next FHIR call then gets 401 and the user is asked to launch again).
   *
   * @param force refresh even if the stored token has not expired (after a 401)
   */
  TokenSet refreshTokens(byte[] idHash, String stale, boolean force) {
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try {
        TokenSet result = refreshLocked(c, idHash, stale, force);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot refresh the session: " + e.getClass().getName(), e);
    }
  }

  private TokenSet refreshLocked(Connection c, byte[] idHash, String stale, boolean force)
      throws SQLException {
    String iss;
    TokenSet stored;
    try (PreparedStatement lock =
        c.prepareStatement("SELECT iss, tokens FROM sessions WHERE id_hash = ? FOR UPDATE")) {
      lock.setBytes(1, idHash);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("the session ended");
        }
        iss = row.getString(1);
        stored = open(row.getBytes(2), idHash);
      }
    }
    boolean replacedMeanwhile = !stored.accessToken().equals(stale);
    if (replacedMeanwhile
        || stored.refreshToken().isEmpty()
        || (!force && !SessionTokens.expiresSoon(stored, clock))) {
      return stored;
    }
    TokenSet refreshed;
    try {
      refreshed = refresher.refresh(URI.create(iss), stored);
    } catch (RuntimeException e) {
      LOG.info("Token refresh failed: {}", e.getClass().getName());
      return stored;
    }
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE sessions SET tokens = ?, tokens_version = tokens_version + 1"
                + " WHERE id_hash = ?")) {
      update.setBytes(1, seal(refreshed, idHash));
      update.setBytes(2, idHash);
      update.executeUpdate();
    }
    return refreshed;
  }

  private void touch(Connection c, byte[] idHash, Instant idle) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement("UPDATE sessions SET idle_expires_at = ? WHERE id_hash = ?")) {
      update.setTimestamp(1, Timestamp.from(idle));
      update.setBytes(2, idHash);
      update.executeUpdate();
    }
  }

  private byte[] seal(TokenSet tokens, byte[] idHash) {
    try {
      byte[] plain =
          JSON.writeValueAsBytes(
              new StoredTokens(
                  tokens.accessToken(),
                  tokens.expiresAt().getEpochSecond(),
                  tokens.refreshToken().orElse(null),
                  tokens.scopes()));
      return cipher.encrypt(plain, idHash);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write tokens", e);
    }
  }

  private TokenSet open(byte[] sealed, byte[] idHash) {
    try {
      StoredTokens stored = JSON.readValue(cipher.decrypt(sealed, idHash), StoredTokens.class);
      return new TokenSet(
          stored.access(),
          Instant.ofEpochSecond(stored.expiresAt()),
          Optional.ofNullable(stored.refresh()),
          stored.scopes());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read tokens", e);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
