package nl.spiegelbeeld.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigReaderTest {

  @Test
  void without_environment_or_flags_the_defaults_are_local_port_8080_no_framing_plain_http() {
    AppConfig config = AppConfigReader.read(Map.of(), Map.of());

    assertThat(config).isEqualTo(new AppConfig("127.0.0.1", 8080, "'none'", false));
  }

  @Test
  void environment_variables_override_the_defaults() {
    AppConfig config =
        AppConfigReader.read(
            Map.of(
                "SPIEGELBEELD_PORT", "9000",
                "SPIEGELBEELD_HOST", "0.0.0.0",
                "SPIEGELBEELD_FRAME_ANCESTORS", "'self' https://*.his.example.nl:8443",
                "SPIEGELBEELD_SECURE_COOKIES", "TRUE"),
            Map.of());

    assertThat(config)
        .isEqualTo(new AppConfig("0.0.0.0", 9000, "'self' https://*.his.example.nl:8443", true));
  }

  @Test
  void a_flag_overrides_the_environment() {
    AppConfig config =
        AppConfigReader.read(Map.of("SPIEGELBEELD_PORT", "9000"), Map.of(Setting.PORT, "9100"));

    assertThat(config.port()).isEqualTo(9100);
  }

  @Test
  void a_port_that_is_not_a_number_is_reported_with_its_variable_and_flag() {
    InvalidConfiguration e = invalid(Map.of("SPIEGELBEELD_PORT", "acht"), Map.of());

    assertThat(e.problems())
        .containsExactly(
            "SPIEGELBEELD_PORT (--port) moet een getal van 0 tot en met 65535 zijn;"
                + " gekregen: 'acht'.");
  }

  @Test
  void a_port_out_of_range_is_reported() {
    InvalidConfiguration e = invalid(Map.of(), Map.of(Setting.PORT, "70000"));

    assertThat(e.problems()).singleElement().asString().startsWith("SPIEGELBEELD_PORT (--port)");
  }

  @Test
  void every_problem_is_reported_at_once() {
    InvalidConfiguration e =
        invalid(
            Map.of(
                "SPIEGELBEELD_PORT", "acht",
                "SPIEGELBEELD_HOST", " ",
                "SPIEGELBEELD_FRAME_ANCESTORS", "'none'; script-src *",
                "SPIEGELBEELD_SECURE_COOKIES", "ja"),
            Map.of());

    assertThat(e.problems())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).startsWith("SPIEGELBEELD_PORT (--port)"))
        .anySatisfy(p -> assertThat(p).startsWith("SPIEGELBEELD_HOST (--host) mag niet leeg"))
        .anySatisfy(p -> assertThat(p).startsWith("SPIEGELBEELD_FRAME_ANCESTORS"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .isEqualTo(
                        "SPIEGELBEELD_SECURE_COOKIES (--secure-cookies) moet 'true' of 'false'"
                            + " zijn; gekregen: 'ja'."));
  }

  @Test
  void frame_ancestors_none_cannot_be_combined_with_sources() {
    InvalidConfiguration e =
        invalid(Map.of(), Map.of(Setting.FRAME_ANCESTORS, "'none' https://his.example.nl"));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("SPIEGELBEELD_FRAME_ANCESTORS (--frame-ancestors) moet 'none' zijn");
  }

  @Test
  void frame_ancestors_reject_schemes_other_than_http_and_https() {
    InvalidConfiguration e =
        invalid(Map.of(), Map.of(Setting.FRAME_ANCESTORS, "javascript://his.example.nl"));

    assertThat(e.problems()).hasSize(1);
  }

  private static InvalidConfiguration invalid(
      Map<String, String> environment, Map<Setting, String> flags) {
    return catchThrowableOfType(
        InvalidConfiguration.class, () -> AppConfigReader.read(environment, flags));
  }
}
