package nl.spiegelbeeld.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthIT {

  private static Javalin app;

  @BeforeAll
  static void start() {
    AppDependencies deps =
        new AppDependencies(
            Clock.fixed(Instant.parse("2026-11-23T13:05:00Z"), ZoneOffset.UTC), "test-version");
    app = App.create(new AppConfig("127.0.0.1", 0, false), deps).start();
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void health_reports_ok_and_the_version_with_the_security_headers() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"version\":\"test-version\"}");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue("default-src 'none'; frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void unknown_path_is_a_dutch_problem_with_the_security_headers() throws Exception {
    HttpResponse<String> response = get("/submissions");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"title\":\"Niet gevonden\"");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
