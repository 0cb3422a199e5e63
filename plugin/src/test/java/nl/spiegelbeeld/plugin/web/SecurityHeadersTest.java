package nl.spiegelbeeld.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void content_security_policy_forbids_inline_script_and_uses_the_configured_frame_ancestors() {
    SecurityHeaders headers = new SecurityHeaders("'self' https://his.example.nl", false);

    assertThat(headers.headers().get("Content-Security-Policy"))
        .startsWith("default-src 'self';")
        .doesNotContain("unsafe-inline")
        .endsWith("frame-ancestors 'self' https://his.example.nl");
  }

  @Test
  void strict_transport_security_is_sent_only_in_production() {
    assertThat(new SecurityHeaders("'none'", false).headers())
        .doesNotContainKey("Strict-Transport-Security");
    assertThat(new SecurityHeaders("'none'", true).headers())
        .containsEntry("Strict-Transport-Security", "max-age=31536000");
  }

  @Test
  void responses_are_not_cached_sniffed_or_referred() {
    assertThat(new SecurityHeaders("'none'", false).headers())
        .containsEntry("Cache-Control", "no-store")
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer");
  }
}
