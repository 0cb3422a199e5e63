package nl.spiegelbeeld.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaunchIT {

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
  void launch_is_acknowledged_with_the_iss_and_an_honest_not_yet_implemented() {
    HttpResponse<String> response =
        app.get("/launch?iss=" + encode("https://fhir.example.nl/r4") + "&launch=abc123");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("Startverzoek ontvangen")
        .contains("<code>https://fhir.example.nl/r4</code>")
        .contains("23 november 2026 om 14:05")
        .contains("nog niet gebouwd")
        .doesNotContain("abc123");
  }

  @Test
  void launch_echoes_the_iss_html_escaped() {
    HttpResponse<String> response =
        app.get("/launch?iss=" + encode("https://fhir.example.nl/a'b") + "&launch=x");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("https://fhir.example.nl/a&#39;b").doesNotContain("a'b");
  }

  @Test
  void launch_without_iss_is_rejected_with_a_dutch_problem() {
    HttpResponse<String> response = app.get("/launch?launch=abc123");

    assertDutchLaunchProblem(response, "'iss'");
  }

  @Test
  void launch_with_a_javascript_iss_is_rejected_with_a_dutch_problem() {
    HttpResponse<String> response =
        app.get("/launch?iss=" + encode("javascript:alert(1)") + "&launch=abc123");

    assertDutchLaunchProblem(response, "'iss'");
    assertThat(response.body()).doesNotContain("alert(1)");
  }

  @Test
  void launch_with_a_relative_iss_is_rejected_with_a_dutch_problem() {
    HttpResponse<String> response = app.get("/launch?iss=" + encode("/r4") + "&launch=abc123");

    assertDutchLaunchProblem(response, "'iss'");
  }

  @Test
  void launch_without_launch_is_rejected_with_a_dutch_problem() {
    HttpResponse<String> response = app.get("/launch?iss=" + encode("https://fhir.example.nl/r4"));

    assertDutchLaunchProblem(response, "'launch'");
  }

  private static void assertDutchLaunchProblem(HttpResponse<String> response, String parameter) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"type\":\"urn:spiegelbeeld:problem:launch-rejected\"")
        .contains("\"title\":\"Ongeldig startverzoek\"")
        .contains("\"status\":400")
        .contains("\"detail\":\"De parameter " + parameter)
        .contains("vanuit uw HIS")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
