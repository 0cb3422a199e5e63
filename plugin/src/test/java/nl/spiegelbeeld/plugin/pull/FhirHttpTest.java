package nl.spiegelbeeld.plugin.pull;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transient faults are retried, permanent ones are not, and a 401 gets one token refresh. */
class FhirHttpTest {

  private WireMockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private RetryPolicy policy =
      new RetryPolicy(
          3,
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofMillis(500));

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private FhirHttp http(AccessTokens tokens) {
    return new FhirHttp(FhirHttp.defaultClient(), tokens, policy, waits::add, new PullStats());
  }

  private byte[] fetch(FhirHttp http) throws Exception {
    return http.get(
        URI.create(server.baseUrl() + "/fhir/Patient"), "Patient", Cancellation.never());
  }

  private void sequence(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
    server.stubFor(
        get(urlPathEqualTo("/fhir/Patient"))
            .inScenario("s")
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    server.stubFor(
        get(urlPathEqualTo("/fhir/Patient"))
            .inScenario("s")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withBody("ok")));
  }

  @Test
  void a_503_is_retried_after_a_backoff_and_the_200_is_returned() throws Exception {
    sequence(aResponse().withStatus(503));
    FhirHttp http = http(AccessTokens.none());
    assertThat(new String(fetch(http), StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(waits).hasSize(1);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(http.stats().byType().get("Patient").requests()).isEqualTo(2);
  }

  @Test
  void a_429_waits_as_long_as_retry_after_says() throws Exception {
    sequence(aResponse().withStatus(429).withHeader("Retry-After", "7"));
    assertThat(new String(fetch(http(AccessTokens.none())), StandardCharsets.UTF_8))
        .isEqualTo("ok");
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a_request_that_times_out_is_retried() throws Exception {
    policy =
        new RetryPolicy(
            3,
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofMillis(500));
    sequence(aResponse().withBody("late").withFixedDelay(5000));
    assertThat(new String(fetch(http(AccessTokens.none())), StandardCharsets.UTF_8))
        .isEqualTo("ok");
    assertThat(waits).hasSize(1);
  }

  @Test
  void a_dropped_connection_is_retried() throws Exception {
    sequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertThat(new String(fetch(http(AccessTokens.none())), StandardCharsets.UTF_8))
        .isEqualTo("ok");
  }

  @Test
  void a_server_that_keeps_failing_fails_after_the_last_attempt() {
    server.stubFor(get(urlPathEqualTo("/fhir/Patient")).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> fetch(http(AccessTokens.none())))
        .isInstanceOf(FetchFailed.class)
        .hasMessage("de server antwoordde 502 (3 pogingen)");
    assertThat(waits).hasSize(2);
  }

  @Test
  void a_400_is_not_retried() {
    server.stubFor(get(urlPathEqualTo("/fhir/Patient")).willReturn(aResponse().withStatus(400)));
    assertThatThrownBy(() -> fetch(http(AccessTokens.none()))).isInstanceOf(FetchFailed.class);
    assertThat(waits).isEmpty();
  }

  @Test
  void a_401_gets_one_refresh_and_the_new_token_is_used() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/fhir/Patient"))
            .withHeader("Authorization", equalTo("Bearer old"))
            .willReturn(aResponse().withStatus(401)));
    server.stubFor(
        get(urlPathEqualTo("/fhir/Patient"))
            .withHeader("Authorization", equalTo("Bearer new"))
            .willReturn(aResponse().withBody("ok")));
    RefreshingTokens tokens = new RefreshingTokens("new");
    assertThat(new String(fetch(http(tokens)), StandardCharsets.UTF_8)).isEqualTo("ok");
    assertThat(tokens.refreshes).isEqualTo(1);
  }

  @Test
  void a_second_401_after_the_refresh_fails_without_another_refresh() {
    server.stubFor(get(urlPathEqualTo("/fhir/Patient")).willReturn(aResponse().withStatus(401)));
    RefreshingTokens tokens = new RefreshingTokens("new");
    assertThatThrownBy(() -> fetch(http(tokens)))
        .isInstanceOf(FetchFailed.class)
        .satisfies(e -> assertThat(((FetchFailed) e).status()).isEqualTo(401));
    assertThat(tokens.refreshes).isEqualTo(1);
    server.verify(2, getRequestedFor(urlPathEqualTo("/fhir/Patient")));
  }

  @Test
  void gzip_is_asked_for_and_undone() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("{\"resourceType\":\"Bundle\"}".getBytes(StandardCharsets.UTF_8));
    }
    server.stubFor(
        get(urlPathEqualTo("/fhir/Patient"))
            .withHeader("Accept-Encoding", equalTo("gzip"))
            .willReturn(
                aResponse().withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));
    assertThat(new String(fetch(http(AccessTokens.none())), StandardCharsets.UTF_8))
        .isEqualTo("{\"resourceType\":\"Bundle\"}");
  }

  /** "old" until the first refresh, then {@code next}. */
  private static final class RefreshingTokens implements AccessTokens {
    private String token = "old";
    private final String next;
    int refreshes;

    RefreshingTokens(String next) {
      this.next = next;
    }

    @Override
    public synchronized Optional<String> current() {
      return Optional.of(token);
    }

    @Override
    public synchronized boolean refreshAfterRejection(String rejected) {
      refreshes++;
      token = next;
      return true;
    }
  }
}
