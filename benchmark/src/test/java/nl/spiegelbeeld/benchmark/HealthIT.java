package nl.spiegelbeeld.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /health} with the database as a separate PostgreSQL server (as in production), which the
 * test can stop and start again.
 */
class HealthIT {

  @TempDir static Path serverData;

  /** Stands in for the production PostgreSQL server. */
  private static EmbeddedPostgres server;

  private static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    server = startServer(0);
    DatabaseConfig database =
        new DatabaseConfig.Server(
            server.getJdbcUrl("postgres", "postgres"), Optional.empty(), Optional.of("geheim"));
    AppDependencies deps =
        new AppDependencies(
            Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneOffset.UTC), "test-version");
    app = App.create(new AppConfig("127.0.0.1", 0, false, database), deps).start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    server.close();
  }

  @Test
  void health_reports_ok_the_version_and_the_schema_version_with_the_security_headers()
      throws Exception {
    HttpResponse<String> response = Requests.get(app, "/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            "{\"status\":\"ok\",\"version\":\"test-version\",\"database\":{\"status\":\"ok\","
                + "\"schemaVersion\":\"2\",\"embedded\":false}}");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void health_is_503_unavailable_while_the_database_is_down_and_ok_again_once_it_is_back()
      throws Exception {
    int port = server.getPort();
    server.close();
    try {
      HttpResponse<String> response = Requests.get(app, "/health");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .isEqualTo(
              "{\"status\":\"unavailable\",\"version\":\"test-version\",\"database\":{"
                  + "\"status\":\"unavailable\",\"schemaVersion\":null,\"embedded\":false}}");
    } finally {
      server = startServer(port);
    }
    assertThat(Requests.get(app, "/health").statusCode()).isEqualTo(200);
  }

  @Test
  void unknown_path_is_a_dutch_problem_with_the_security_headers() throws Exception {
    HttpResponse<String> response = Requests.get(app, "/submissions");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"title\":\"Niet gevonden\"");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static EmbeddedPostgres startServer(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(serverData)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}
