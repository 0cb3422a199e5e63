package nl.spiegelbeeld.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import nl.spiegelbeeld.plugin.config.AppConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersIT {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/spiegelbeeld.css",
        "/health",
        "/launch?iss=https%3A%2F%2Ffhir.example.nl&launch=x",
        "/launch?launch=x",
        "/callback?state=x&code=y",
        "/api/session",
        "/.well-known/jwks.json",
        "/bestaat-niet"
      })
  void every_response_carries_the_security_headers(String path) {
    HttpResponse<String> response = app.get(path);

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void production_with_secure_cookies_adds_strict_transport_security_and_configured_framing() {
    AppConfig base = AppConfig.defaults();
    AppConfig production =
        new AppConfig(
            "127.0.0.1",
            0,
            "'self' https://his.example.nl",
            true,
            Optional.of(URI.create("https://spiegelbeeld.example.nl")),
            base.ehrs(),
            base.sessions(),
            base.database(),
            base.sessionKeyFile(),
            base.measurement());
    try (RunningApp productionApp = RunningApp.start(production)) {
      HttpResponse<String> response = productionApp.get("/health");

      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .hasValue("max-age=31536000");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp -> assertThat(csp).endsWith("frame-ancestors 'self' https://his.example.nl"));
    }
  }
}
