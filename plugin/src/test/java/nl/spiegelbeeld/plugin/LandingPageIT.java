package nl.spiegelbeeld.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LandingPageIT {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void landing_page_is_dutch_html_that_says_to_open_spiegelbeeld_from_the_his() {
    HttpResponse<String> response = app.get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    assertThat(response.body())
        .contains("<html lang=\"nl\">")
        .contains("Openen vanuit uw HIS")
        .contains("Spiegelbeeld openen")
        .doesNotContain("<script")
        .doesNotContain("style=");
  }

  @Test
  void landing_page_stylesheet_is_served_from_the_ui_module() {
    HttpResponse<String> response = app.get("/spiegelbeeld.css");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
  }

  @Test
  void unknown_path_is_a_dutch_problem_without_a_stack_trace() {
    HttpResponse<String> response = app.get("/bestaat-niet");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"title\":\"Niet gevonden\"")
        .contains("\"status\":404")
        .doesNotContain("Exception");
  }
}
