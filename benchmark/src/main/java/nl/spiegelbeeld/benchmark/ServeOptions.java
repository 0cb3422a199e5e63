package nl.spiegelbeeld.benchmark;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags of {@code serve}; strings, so flags and environment are parsed by the same code. */
final class ServeOptions {

  @Option(
      names = "--host",
      paramLabel = "ADRES",
      description =
          "Adres waarop de dienst luistert (SPIEGELBEELD_BENCHMARK_HOST; standaard"
              + " 127.0.0.1).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "POORT",
      description = "TCP-poort, 0 = een vrije poort (SPIEGELBEELD_BENCHMARK_PORT; standaard 8090).")
  String port;

  @Option(
      names = "--https",
      paramLabel = "true|false",
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Productie over https: stuur HSTS mee (SPIEGELBEELD_BENCHMARK_HTTPS; standaard"
              + " false).")
  String https;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Het adres van de dienst zoals praktijken het aanroepen; de aud van hun client"
              + " assertions (SPIEGELBEELD_BENCHMARK_PUBLIC_URL; standaard"
              + " http://localhost:POORT).")
  String publicUrl;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "PostgreSQL-server, bv. jdbc:postgresql://db.example.nl:5432/benchmark, zonder"
              + " wachtwoord (SPIEGELBEELD_BENCHMARK_JDBC_URL; wachtwoord alleen in"
              + " SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD). Zonder: een ingebouwde PostgreSQL.")
  String jdbcUrl;

  @Option(
      names = "--jdbc-user",
      paramLabel = "GEBRUIKER",
      description = "Gebruiker op de PostgreSQL-server (SPIEGELBEELD_BENCHMARK_JDBC_USER).")
  String jdbcUser;

  @Option(
      names = "--data-dir",
      paramLabel = "MAP",
      description =
          "Datamap van de ingebouwde PostgreSQL; blijft bewaard (SPIEGELBEELD_BENCHMARK_DATA;"
              + " standaard data/benchmark-pg).")
  String dataDir;

  /** The flags that were given, keyed as {@code AppConfig.read} expects. */
  Map<String, String> given() {
    Map<String, String> given = new HashMap<>();
    if (host != null) {
      given.put("host", host);
    }
    if (port != null) {
      given.put("port", port);
    }
    if (https != null) {
      given.put("https", https);
    }
    if (publicUrl != null) {
      given.put("public-url", publicUrl);
    }
    if (jdbcUrl != null) {
      given.put("jdbc-url", jdbcUrl);
    }
    if (jdbcUser != null) {
      given.put("jdbc-user", jdbcUser);
    }
    if (dataDir != null) {
      given.put("data-dir", dataDir);
    }
    return given;
  }
}
