package nl.spiegelbeeld.plugin.sharing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.plugin.config.InvalidConfiguration;
import nl.spiegelbeeld.plugin.config.Setting;

/**
 * Where the benchmark service is and how the app proves it acts for a practice.
 *
 * @param benchmarkUrl the service's base URL, e.g. {@code http://localhost:8090}
 * @param audience the {@code aud} of every client assertion: the service's public URL
 * @param keyFile the deployment's private key (JWK or PEM); without it the embedded demo database
 *     generates {@code benchmark-client.jwk} beside its data directory
 */
public record SharingConfig(URI benchmarkUrl, String audience, Optional<Path> keyFile) {

  public SharingConfig {
    Objects.requireNonNull(benchmarkUrl, "benchmarkUrl");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(keyFile, "keyFile");
  }

  /** The local demo: the benchmark on port 8090, its own URL as audience, a generated key. */
  public static SharingConfig defaults() {
    return read(Map.of(), Map.of());
  }

  /** Reads the settings; a flag wins over the environment, the environment over the default. */
  public static SharingConfig read(Map<String, String> environment, Map<Setting, String> flags) {
    String url = strip(raw(Setting.BENCHMARK_URL, environment, flags));
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new InvalidConfiguration(
          List.of(
              Setting.BENCHMARK_URL.label()
                  + " moet een http(s)-adres zijn, bijvoorbeeld https://benchmark.spiegelbeeld.nl;"
                  + " gekregen: '"
                  + url
                  + "'."));
    }
    String audience = strip(raw(Setting.BENCHMARK_AUDIENCE, environment, flags));
    String key = raw(Setting.BENCHMARK_KEY_FILE, environment, flags).strip();
    return new SharingConfig(
        uri,
        audience.isEmpty() ? url : audience,
        key.isEmpty() ? Optional.empty() : Optional.of(Path.of(key)));
  }

  private static String strip(String value) {
    String text = value.strip();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  private static String raw(
      Setting setting, Map<String, String> environment, Map<Setting, String> flags) {
    String flag = flags.get(setting);
    if (flag != null) {
      return flag;
    }
    return environment.getOrDefault(setting.environmentVariable(), setting.defaultValue());
  }
}
