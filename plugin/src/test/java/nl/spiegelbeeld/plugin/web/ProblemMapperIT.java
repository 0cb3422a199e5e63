package nl.spiegelbeeld.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapper on a bare app whose routes fail on purpose. */
class ProblemMapperIT {

  private static Javalin app;

  @BeforeAll
  static void start() {
    app =
        Javalin.create(
                javalin -> {
                  javalin.startup.showJavalinBanner = false;
                  javalin.routes.get(
                      "/boom",
                      ctx -> {
                        throw new IllegalStateException("Jansen, 12-03-1950");
                      });
                  javalin.routes.get(
                      "/not-allowed",
                      ctx -> {
                        throw new MethodNotAllowedResponse();
                      });
                  ProblemMapper.register(javalin.routes);
                })
            .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Test
  void an_unexpected_exception_becomes_a_dutch_500_problem_without_its_message() throws Exception {
    HttpResponse<String> response = get("/boom");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"title\":\"Er ging iets mis\"")
        .doesNotContain("Jansen")
        .doesNotContain("IllegalStateException");
  }

  @Test
  void a_javalin_http_exception_becomes_a_dutch_problem_with_its_status() throws Exception {
    HttpResponse<String> response = get("/not-allowed");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.body()).contains("\"title\":\"Methode niet toegestaan\"");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
