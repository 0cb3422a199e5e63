package nl.spiegelbeeld.benchmark.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaults_are_local_port_8090_plain_http_and_an_embedded_database_in_data_benchmark_pg() {
    assertThat(AppConfig.read(Map.of(), Map.of()))
        .isEqualTo(
            new AppConfig(
                "127.0.0.1",
                8090,
                false,
                new DatabaseConfig.Embedded(Path.of("data/benchmark-pg"))));
  }

  @Test
  void a_flag_overrides_the_environment() {
    AppConfig config =
        AppConfig.read(
            Map.of("SPIEGELBEELD_BENCHMARK_PORT", "9000", "SPIEGELBEELD_BENCHMARK_DATA", "/srv/a"),
            Map.of("port", "9100", "data-dir", "/srv/b"));

    assertThat(config.port()).isEqualTo(9100);
    assertThat(config.database()).isEqualTo(new DatabaseConfig.Embedded(Path.of("/srv/b")));
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
                        "SPIEGELBEELD_BENCHMARK_HTTPS", "ja",
                        "SPIEGELBEELD_BENCHMARK_DATA", " "),
                    Map.of("host", "")));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "SPIEGELBEELD_BENCHMARK_PORT (--port) moet een getal van 0 tot en met 65535 zijn;"
                + " gekregen: 'negen'.",
            "SPIEGELBEELD_BENCHMARK_HTTPS (--https) moet 'true' of 'false' zijn; gekregen: 'ja'.",
            "SPIEGELBEELD_BENCHMARK_HOST (--host) mag niet leeg zijn.",
            "SPIEGELBEELD_BENCHMARK_DATA (--data-dir) mag niet leeg zijn.");
  }

  @Test
  void a_jdbc_url_selects_a_server_with_the_user_and_the_password_from_the_environment() {
    AppConfig config =
        AppConfig.read(
            Map.of(
                "SPIEGELBEELD_BENCHMARK_JDBC_URL", "jdbc:postgresql://db.example.nl/benchmark",
                "SPIEGELBEELD_BENCHMARK_JDBC_USER", "benchmark",
                "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD", "geheim"),
            Map.of());

    assertThat(config.database())
        .isEqualTo(
            new DatabaseConfig.Server(
                "jdbc:postgresql://db.example.nl/benchmark",
                Optional.of("benchmark"),
                Optional.of("geheim")));
    assertThat(config.toString()).doesNotContain("geheim").contains("password=***");
  }

  @Test
  void a_server_setting_the_embedded_database_ignores_is_reported_by_name_without_its_value() {
    InvalidConfiguration e =
        catchThrowableOfType(
            InvalidConfiguration.class,
            () ->
                AppConfig.read(
                    Map.of(
                        "SPIEGELBEELD_BENCHMARK_JDBC_USER", "benchmark",
                        "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD", "geheim"),
                    Map.of()));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "SPIEGELBEELD_BENCHMARK_JDBC_USER (--jdbc-user) geldt alleen samen met"
                + " SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url); zonder dat adres start de"
                + " ingebouwde PostgreSQL.",
            "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD geldt alleen samen met"
                + " SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url); zonder dat adres start de"
                + " ingebouwde PostgreSQL.");
  }

  @Test
  void every_invalid_server_setting_is_reported_by_name_without_repeating_the_url() {
    InvalidConfiguration e =
        catchThrowableOfType(
            InvalidConfiguration.class,
            () ->
                AppConfig.read(
                    Map.of(
                        "SPIEGELBEELD_BENCHMARK_JDBC_URL", "postgres://beheer:geheim@db/benchmark",
                        "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD", ""),
                    Map.of("jdbc-user", " ", "data-dir", "/srv/benchmark-pg")));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url) moet een JDBC-adres van PostgreSQL zijn,"
                + " zoals jdbc:postgresql://db.example.nl:5432/benchmark.",
            "SPIEGELBEELD_BENCHMARK_JDBC_USER (--jdbc-user) mag niet leeg zijn.",
            "SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD mag niet leeg zijn.",
            "SPIEGELBEELD_BENCHMARK_DATA (--data-dir) geldt alleen voor de ingebouwde PostgreSQL,"
                + " niet samen met SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url).");
    assertThat(e.getMessage()).doesNotContain("geheim");
  }

  @Test
  void a_password_in_the_jdbc_url_is_refused_without_repeating_it() {
    InvalidConfiguration e =
        catchThrowableOfType(
            InvalidConfiguration.class,
            () ->
                AppConfig.read(
                    Map.of(),
                    Map.of(
                        "jdbc-url",
                        "jdbc:postgresql://db/benchmark?user=benchmark&Password=geheim")));

    assertThat(e.problems())
        .containsExactly(
            "SPIEGELBEELD_BENCHMARK_JDBC_URL (--jdbc-url) mag geen wachtwoord bevatten; zet dat in"
                + " SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD.");
  }

  @Test
  void the_public_url_defaults_to_localhost_on_the_port_and_loses_a_trailing_slash() {
    assertThat(AppConfig.read(Map.of(), Map.of("port", "9100")).publicUrl())
        .isEqualTo("http://localhost:9100");
    assertThat(
            AppConfig.read(
                    Map.of("SPIEGELBEELD_BENCHMARK_PUBLIC_URL", "https://benchmark.example.nl/"),
                    Map.of())
                .publicUrl())
        .isEqualTo("https://benchmark.example.nl");
  }

  @Test
  void a_public_url_that_is_not_an_http_address_is_reported_by_name() {
    InvalidConfiguration e =
        catchThrowableOfType(
            InvalidConfiguration.class,
            () -> AppConfig.read(Map.of(), Map.of("public-url", "benchmark.example.nl")));

    assertThat(e.problems())
        .containsExactly(
            "SPIEGELBEELD_BENCHMARK_PUBLIC_URL (--public-url) moet het adres van de dienst zijn"
                + " zoals praktijken het aanroepen, zonder / aan het eind, bijvoorbeeld"
                + " https://benchmark.spiegelbeeld.nl; gekregen: 'benchmark.example.nl'.");
  }
}
