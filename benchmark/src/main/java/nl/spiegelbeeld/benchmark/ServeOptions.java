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
    return given;
  }
}
