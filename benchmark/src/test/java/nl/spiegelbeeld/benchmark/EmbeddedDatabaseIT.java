package nl.spiegelbeeld.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default storage: an embedded PostgreSQL on a kept data directory, migrated by Flyway. The
 * test inspects it over its own connection, as an operator with psql would.
 */
class EmbeddedDatabaseIT {

  private static final AppDependencies DEPS =
      new AppDependencies(
          Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneOffset.UTC), "test-version");

  private static final String SUMMARY = "{\"resourceType\":\"MeasureReport\",\"type\":\"summary\"}";

  @TempDir static Path dataDirectory;

  private static Javalin app;

  @BeforeAll
  static void start() {
    app = startApp();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void flyway_applied_v1_and_v2_which_created_the_benchmark_tables() throws Exception {
    try (Connection db = connect()) {
      assertThat(
              column(
                  db,
                  "SELECT version || ' ' || description || ' ' || success"
                      + " FROM flyway_schema_history ORDER BY installed_rank"))
          .containsExactly(
              "1 practices groups submissions true", "2 measures context assertions results true");
      assertThat(
              column(
                  db,
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_schema = 'public' ORDER BY table_name"))
          .containsExactly(
              "flyway_schema_history",
              "measures",
              "peer_group_members",
              "peer_groups",
              "practices",
              "submission_results",
              "submissions",
              "used_assertions");
    }
  }

  @Test
  void health_reports_the_schema_version_of_the_embedded_database() throws Exception {
    HttpResponse<String> response = Requests.get(app, "/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"version\":\"test-version\",\"database\":{\"status\":\"ok\","
                + "\"schemaVersion\":\"2\",\"embedded\":true}}");
  }

  @Test
  void the_kept_data_is_written_durably_unlike_zonkys_test_defaults() throws Exception {
    try (Connection db = connect()) {
      assertThat(column(db, "SHOW fsync")).containsExactly("on");
      assertThat(column(db, "SHOW synchronous_commit")).containsExactly("on");
    }
  }

  @Test
  void a_restart_on_the_same_data_directory_keeps_the_data_and_does_not_migrate_again()
      throws Exception {
    List<String> installedOn;
    try (Connection db = connect()) {
      insertPractice(db, "01000001", "Huisartsenpraktijk De Linde");
      installedOn =
          column(
              db, "SELECT installed_on::text FROM flyway_schema_history ORDER BY installed_rank");
    }

    app.stop();
    assertThat(dataDirectory.resolve("postmaster.pid")).as("PostgreSQL stopped").doesNotExist();
    app = startApp();

    try (Connection db = connect()) {
      assertThat(single(db, "SELECT name FROM practices WHERE agb_code = '01000001'"))
          .isEqualTo("Huisartsenpraktijk De Linde");
      assertThat(
              column(
                  db,
                  "SELECT installed_on::text FROM flyway_schema_history ORDER BY installed_rank"))
          .hasSize(2)
          .isEqualTo(installedOn);
    }
  }

  @Test
  void a_submission_must_be_a_summary_measure_report_without_subject_lists() throws Exception {
    try (Connection db = connect()) {
      long practice = insertPractice(db, "01000002", "Gezondheidscentrum Noord");

      assertThat(refusal(db, practice, SUMMARY.replace("summary", "subject-list")))
          .isEqualTo("23514");
      assertThat(
              refusal(
                  db,
                  practice,
                  "{\"resourceType\":\"MeasureReport\",\"type\":\"summary\",\"group\":[{"
                      + "\"population\":[{\"count\":12,\"subjectResults\":{\"reference\":\"List/1\"}}]}]}"))
          .isEqualTo("23514");
    }
  }

  @Test
  void a_practice_has_one_current_submission_per_indicator_version_and_period() throws Exception {
    try (Connection db = connect()) {
      long practice = insertPractice(db, "01000003", "Praktijk Zuid");
      long first = insertSubmission(db, practice, SUMMARY);

      assertThat(refusal(db, practice, SUMMARY)).as("a second current one").isEqualTo("23505");

      update(db, "UPDATE submissions SET superseded_at = now() WHERE id = " + first);
      insertSubmission(db, practice, SUMMARY);
      assertThat(
              column(
                  db,
                  "SELECT superseded_at IS NULL FROM submissions WHERE practice_id = "
                      + practice
                      + " ORDER BY id"))
          .as("history kept, the resubmission current")
          .containsExactly("f", "t");
    }
  }

  private static Javalin startApp() {
    AppConfig config =
        new AppConfig("127.0.0.1", 0, false, new DatabaseConfig.Embedded(dataDirectory));
    return App.create(config, DEPS).start();
  }

  /** Connects as the operator would: the port is line 4 of PostgreSQL's postmaster.pid. */
  private static Connection connect() throws IOException, SQLException {
    List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
  }

  private static long insertPractice(Connection db, String agb, String name) throws SQLException {
    return Long.parseLong(
        single(
            db,
            "INSERT INTO practices (agb_code, name, jwks_url, registered_at) VALUES ('"
                + agb
                + "', '"
                + name
                + "', 'https://praktijk.example.nl/jwks.json', now()) RETURNING id"));
  }

  private static long insertSubmission(Connection db, long practice, String report)
      throws SQLException {
    return Long.parseLong(
        single(
            db,
            "INSERT INTO submissions (practice_id, measure_url, measure_version, period_start,"
                + " period_end, measure_report, received_at) VALUES ("
                + practice
                + ", 'https://spiegelbeeld.nl/fhir/Measure/OST-01', '1.0.0', '2025-11-01',"
                + " '2026-10-31', '"
                + report
                + "', now()) RETURNING id"));
  }

  /** The SQLState with which the database refuses the submission. */
  private static String refusal(Connection db, long practice, String report) {
    return catchThrowableOfType(SQLException.class, () -> insertSubmission(db, practice, report))
        .getSQLState();
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      assertThat(statement.executeUpdate(sql)).isEqualTo(1);
    }
  }

  private static String single(Connection db, String sql) throws SQLException {
    List<String> values = column(db, sql);
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private static List<String> column(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
