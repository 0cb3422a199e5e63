package nl.spiegelbeeld.benchmark.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaults_are_local_port_8090_plain_http() {
    assertThat(AppConfig.read(Map.of(), Map.of()))
        .isEqualTo(new AppConfig("127.0.0.1", 8090, false));
  }

  @Test
  void a_flag_overrides_the_environment() {
    AppConfig config =
        AppConfig.read(Map.of("SPIEGELBEELD_BENCHMARK_PORT", "9000"), Map.of("port", "9100"));

    assertThat(config.port()).isEqualTo(9100);
  }

  @Test
  void every_invalid_setting_is_reported_by_name() {
    InvalidConfiguration e =
        catchThrowableOfType(
            InvalidConfiguration.class,
            () ->
                AppConfig.read(
                    Map.of(
                        "SPIEGELBEELD_BENCHMARK_PORT", "negen",
                        "SPIEGELBEELD_BENCHMARK_HTTPS", "ja"),
                    Map.of("host", "")));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "SPIEGELBEELD_BENCHMARK_PORT (--port) moet een getal van 0 tot en met 65535 zijn;"
                + " gekregen: 'negen'.",
            "SPIEGELBEELD_BENCHMARK_HTTPS (--https) moet 'true' of 'false' zijn; gekregen: 'ja'.",
            "SPIEGELBEELD_BENCHMARK_HOST (--host) mag niet leeg zijn.");
  }
}
