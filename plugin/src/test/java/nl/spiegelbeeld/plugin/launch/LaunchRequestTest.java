package nl.spiegelbeeld.plugin.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchRequestTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://fhir.example.nl/r4",
        "http://localhost:8081/fhir",
        "HTTPS://FHIR.EXAMPLE.NL",
        "https://fhir.example.nl:8443/base/r4/"
      })
  void an_absolute_http_or_https_iss_is_accepted(String iss) {
    LaunchRequest request = LaunchRequest.fromQuery(iss, "abc123");

    assertThat(request.iss()).contains(URI.create(iss));
    assertThat(request.launch()).contains("abc123");
    assertThat(request.ehrLaunch()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "/r4",
        "fhir.example.nl/r4",
        "ftp://fhir.example.nl/r4",
        "https://user:secret@fhir.example.nl/r4",
        "https://fhir.example.nl/r4?x=1",
        "https://fhir.example.nl/r4#top",
        "https:///r4",
        "https://fhir.example.nl/<script>"
      })
  void an_iss_that_is_not_an_absolute_http_url_is_rejected_naming_iss(String iss) {
    LaunchRejected e = rejected(iss, "abc123");

    assertThat(e.problem().status()).isEqualTo(400);
    assertThat(e.problem().detail()).startsWith("De parameter 'iss' moet");
  }

  @Test
  void a_missing_iss_is_rejected_naming_iss() {
    assertThat(rejected(null, "abc123").problem().detail())
        .startsWith("De parameter 'iss'")
        .contains("ontbreekt");
    assertThat(rejected("  ", "abc123").problem().detail()).contains("ontbreekt");
  }

  @Test
  void without_launch_it_is_a_standalone_launch_of_that_iss() {
    LaunchRequest request = LaunchRequest.fromQuery("https://fhir.example.nl/r4", "");

    assertThat(request.iss()).contains(URI.create("https://fhir.example.nl/r4"));
    assertThat(request.launch()).isEmpty();
    assertThat(request.ehrLaunch()).isFalse();
  }

  @Test
  void without_any_parameter_it_is_a_standalone_launch_of_the_default_ehr() {
    LaunchRequest request = LaunchRequest.fromQuery(null, null);

    assertThat(request.iss()).isEmpty();
    assertThat(request.ehrLaunch()).isFalse();
  }

  @Test
  void an_absurdly_long_launch_is_rejected() {
    String launch = "a".repeat(LaunchRequest.MAX_LAUNCH_LENGTH + 1);

    assertThat(rejected("https://fhir.example.nl/r4", launch).problem().detail())
        .startsWith("De parameter 'launch' is te lang");
  }

  @Test
  void an_absurdly_long_iss_is_rejected() {
    String iss = "https://fhir.example.nl/" + "a".repeat(LaunchRequest.MAX_ISS_LENGTH);

    assertThat(rejected(iss, "abc123").problem().detail()).startsWith("De parameter 'iss' moet");
  }

  private static LaunchRejected rejected(String iss, String launch) {
    return catchThrowableOfType(LaunchRejected.class, () -> LaunchRequest.fromQuery(iss, launch));
  }
}
