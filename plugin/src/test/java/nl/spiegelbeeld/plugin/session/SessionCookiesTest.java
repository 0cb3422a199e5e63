package nl.spiegelbeeld.plugin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  @Test
  void over_plain_http_the_cookies_are_httponly_lax_without_secure_or_prefix() {
    SessionCookies cookies = new SessionCookies(false, false);

    assertThat(cookies.header(cookies.sessionName(), "abc", null))
        .isEqualTo("spiegelbeeld-sessie=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(cookies.header(cookies.loginName(), "xyz", Duration.ofMinutes(10)))
        .isEqualTo("spiegelbeeld-aanmelding=xyz; Path=/; Max-Age=600; HttpOnly; SameSite=Lax");
  }

  @Test
  void in_production_the_cookies_are_secure_with_the_host_prefix() {
    SessionCookies cookies = new SessionCookies(true, false);

    assertThat(cookies.header(cookies.sessionName(), "abc", null))
        .isEqualTo("__Host-spiegelbeeld-sessie=abc; Path=/; HttpOnly; Secure; SameSite=Lax");
  }

  @Test
  void in_iframe_mode_the_cookies_are_samesite_none_secure_and_partitioned() {
    SessionCookies cookies = new SessionCookies(true, true);

    assertThat(cookies.header(cookies.sessionName(), "abc", Duration.ZERO))
        .isEqualTo(
            "__Host-spiegelbeeld-sessie=abc; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None;"
                + " Partitioned");
  }

  @Test
  void iframe_mode_without_secure_is_refused() {
    assertThatThrownBy(() -> new SessionCookies(false, true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
