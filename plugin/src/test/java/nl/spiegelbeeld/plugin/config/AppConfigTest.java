package nl.spiegelbeeld.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void a_config_built_in_code_is_validated_too() {
    assertThatThrownBy(() -> new AppConfig("127.0.0.1", -1, "'none'", false))
        .isInstanceOf(InvalidConfiguration.class)
        .hasMessageContaining("SPIEGELBEELD_PORT (--port)");
  }

  @Test
  void frame_ancestors_are_normalised_to_single_spaces_so_no_newline_reaches_a_header() {
    AppConfig config =
        new AppConfig("127.0.0.1", 8080, " 'self'\n\thttps://his.example.nl  ", false);

    assertThat(config.frameAncestors()).isEqualTo("'self' https://his.example.nl");
  }

  @Test
  void browser_url_shows_localhost_for_a_loopback_or_wildcard_bind() {
    assertThat(AppConfig.defaults().browserUrl(8080)).hasToString("http://localhost:8080/");
    assertThat(new AppConfig("0.0.0.0", 0, "'none'", false).browserUrl(41234))
        .hasToString("http://localhost:41234/");
  }

  @Test
  void browser_url_shows_a_specific_bind_address_as_is() {
    assertThat(new AppConfig("10.0.0.5", 8080, "'none'", false).browserUrl(8080))
        .hasToString("http://10.0.0.5:8080/");
    assertThat(new AppConfig("::1", 8080, "'none'", false).browserUrl(8080))
        .hasToString("http://[::1]:8080/");
  }
}
