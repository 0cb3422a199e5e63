package nl.spiegelbeeld.plugin.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.database.Database;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.smart.TokenSet;
import nl.spiegelbeeld.plugin.testing.MutableClock;
import nl.spiegelbeeld.plugin.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions in PostgreSQL: what is stored, expiry, and refresh with rotation under the row lock. */
class SessionStoreIT {

  private static final URI ISS = URI.create("https://fhir.his.example/r4");
  private static final PracticeIdentity PRACTICE =
      new PracticeIdentity(
          "01234567",
          "Huisartsenpraktijk De Linde",
          "Organization/org-1",
          new Practice(
              Set.of("Organization/org-1"),
              Set.of("http://fhir.nl/fhir/NamingSystem/agb-z|01234567"),
              false));

  private static Database database;
  private MutableClock clock;
  private final List<TokenSet> refreshedFrom = new ArrayList<>();
  private boolean ehrRefuses;
  private SessionStore store;

  @BeforeAll
  static void startDatabase() {
    database = new Database(TestDatabase.config());
    database.start();
  }

  @AfterAll
  static void stopDatabase() {
    database.stop();
  }

  @BeforeEach
  void newStore() {
    clock = new MutableClock(Instant.parse("2026-11-23T13:05:00Z"), ZoneOffset.UTC);
    refreshedFrom.clear();
    ehrRefuses = false;
    TokenRefresher refresher =
        (iss, current) -> {
          refreshedFrom.add(current);
          if (ehrRefuses) {
            throw new IllegalStateException("invalid_grant");
          }
          int n = refreshedFrom.size() + 1;
          return new TokenSet(
              "access-" + n,
              clock.instant().plusSeconds(300),
              Optional.of("refresh-" + n),
              current.scopes());
        };
    store =
        new SessionStore(
            database.dataSource(),
            new TokenCipher(SessionKey.random()),
            clock,
            SessionSettings.defaults(),
            refresher);
  }

  @Test
  void a_session_is_found_by_its_cookie_with_its_practice_and_nothing_readable_is_stored()
      throws Exception {
    AppSession created = store.create(newSession(Duration.ofMinutes(5)));

    AppSession found = store.find(created.id()).orElseThrow();

    assertThat(found.practice()).isEqualTo(PRACTICE);
    assertThat(found.userName()).isEqualTo("dr. A. Jansen");
    assertThat(found.csrfToken()).isEqualTo(created.csrfToken());
    assertThat(found.tokens().current()).contains("access-1");
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id_hash, tokens FROM sessions")) {
      while (rows.next()) {
        assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1))
            .doesNotContain(created.id());
        assertThat(new String(rows.getBytes(2), StandardCharsets.ISO_8859_1))
            .doesNotContain("access-1")
            .doesNotContain("refresh-1");
      }
    }
    assertThat(store.find("onbekend")).isEmpty();
  }

  @Test
  void a_token_about_to_expire_is_refreshed_once_and_the_rotated_refresh_token_is_kept() {
    AppSession session = store.create(newSession(Duration.ofSeconds(30)));

    assertThat(session.tokens().current()).contains("access-2");
    assertThat(session.tokens().current()).as("fresh now: no second refresh").contains("access-2");
    assertThat(refreshedFrom).hasSize(1);
    assertThat(refreshedFrom.get(0).refreshToken()).contains("refresh-1");

    // Another request (or instance) reads the session: it sees the new tokens.
    AppSession again = store.find(session.id()).orElseThrow();
    clock.advance(Duration.ofMinutes(5));
    assertThat(again.tokens().current()).contains("access-3");
    assertThat(refreshedFrom.get(1).refreshToken()).as("the rotated one").contains("refresh-2");
  }

  @Test
  void a_second_holder_of_a_stale_token_uses_the_first_ones_refresh_instead_of_refreshing_again() {
    AppSession created = store.create(newSession(Duration.ofMinutes(5)));
    AppSession first = store.find(created.id()).orElseThrow();
    AppSession second = store.find(created.id()).orElseThrow();

    assertThat(first.tokens().refreshAfterRejection("access-1")).isTrue();
    assertThat(second.tokens().refreshAfterRejection("access-1")).isTrue();

    assertThat(refreshedFrom).hasSize(1);
    assertThat(second.tokens().current()).contains("access-2");
  }

  @Test
  void a_refused_refresh_keeps_the_old_tokens_and_is_not_retried_before_every_request() {
    AppSession session = store.create(newSession(Duration.ofSeconds(30)));
    ehrRefuses = true;

    assertThat(session.tokens().current()).contains("access-1");
    assertThat(session.tokens().current()).contains("access-1");

    assertThat(refreshedFrom).hasSize(1);
    assertThat(store.find(session.id()).orElseThrow().tokens().current()).contains("access-1");
  }

  @Test
  void the_idle_timeout_ends_a_session_unless_it_is_used() {
    AppSession session = store.create(newSession(Duration.ofMinutes(5)));

    clock.advance(Duration.ofMinutes(20));
    assertThat(store.find(session.id())).isPresent();
    clock.advance(Duration.ofMinutes(29));
    assertThat(store.find(session.id())).as("used 29 min ago: extended").isPresent();
    clock.advance(Duration.ofMinutes(31));

    assertThat(store.find(session.id())).isEmpty();
  }

  @Test
  void the_absolute_lifetime_ends_even_a_busy_session() {
    AppSession session = store.create(newSession(Duration.ofMinutes(5)));

    for (int i = 0; i < 23; i++) {
      clock.advance(Duration.ofMinutes(25));
      assertThat(store.find(session.id())).isPresent();
    }
    clock.advance(Duration.ofMinutes(25)); // 10 h 0 min after sign-in

    assertThat(store.find(session.id())).isEmpty();
  }

  @Test
  void a_deleted_session_is_gone() {
    AppSession session = store.create(newSession(Duration.ofMinutes(5)));

    store.delete(session.id());

    assertThat(store.find(session.id())).isEmpty();
  }

  private SessionStore.NewSession newSession(Duration tokenLifetime) {
    return new SessionStore.NewSession(
        ISS,
        PRACTICE,
        "dr. A. Jansen",
        "Practitioner/123",
        new TokenSet(
            "access-1",
            clock.instant().plus(tokenLifetime),
            Optional.of("refresh-1"),
            List.of("user/*.rs")));
  }
}
