package nl.spiegelbeeld.plugin.config;

/**
 * A setting of the plugin: the environment variable and the command-line flag it is read from, and
 * its default. A flag wins over the environment; the environment wins over the default.
 */
public enum Setting {
  HOST("SPIEGELBEELD_HOST", "--host", "127.0.0.1"),
  PORT("SPIEGELBEELD_PORT", "--port", "8080"),
  FRAME_ANCESTORS("SPIEGELBEELD_FRAME_ANCESTORS", "--frame-ancestors", "'none'"),
  SECURE_COOKIES("SPIEGELBEELD_SECURE_COOKIES", "--secure-cookies", "false"),
  /**
   * The app's address as browsers and EHRs reach it; the redirect URI is {@code {this}/callback}.
   */
  PUBLIC_URL("SPIEGELBEELD_PUBLIC_URL", "--public-url", ""),
  /**
   * The EHR registrations file (JSON); without it, the local sandbox with the public demo client.
   */
  EHRS("SPIEGELBEELD_EHRS", "--ehrs", ""),
  /** The AES key that encrypts tokens at rest (32 bytes, Base64, in a file). */
  SESSION_KEY_FILE("SPIEGELBEELD_SESSION_KEY_FILE", "--session-key-file", ""),
  SESSION_IDLE_MINUTES("SPIEGELBEELD_SESSION_IDLE_MINUTES", "--session-idle-minutes", "30"),
  SESSION_MAX_HOURS("SPIEGELBEELD_SESSION_MAX_HOURS", "--session-max-hours", "10"),
  /** Cookies for an app shown in an iframe of the HIS: SameSite=None; Secure; Partitioned. */
  IFRAME_COOKIES("SPIEGELBEELD_IFRAME_COOKIES", "--iframe-cookies", "false"),
  JDBC_URL("SPIEGELBEELD_JDBC_URL", "--jdbc-url", ""),
  JDBC_USER("SPIEGELBEELD_JDBC_USER", "--jdbc-user", ""),
  DATA_DIR("SPIEGELBEELD_DATA", "--data-dir", ""),
  /** The practice's G-Standaard → ATC table (CSV); without it only ATC-coded medication counts. */
  GSTANDAARD_ATC("SPIEGELBEELD_GSTANDAARD_ATC", "--gstandaard-atc", ""),
  /** How long a complete measurement is reused before it is pulled again. */
  CACHE_HOURS("SPIEGELBEELD_CACHE_HOURS", "--cache-hours", "4"),
  /** The benchmark service the practice shares its aggregates with. */
  BENCHMARK_URL("SPIEGELBEELD_BENCHMARK_URL", "--benchmark-url", "http://localhost:8090"),
  /** The benchmark's public URL, the {@code aud} of the client assertions; default its URL. */
  BENCHMARK_AUDIENCE("SPIEGELBEELD_BENCHMARK_AUDIENCE", "--benchmark-audience", ""),
  /** The private key (JWK or PEM) that signs the client assertions for the benchmark. */
  BENCHMARK_KEY_FILE("SPIEGELBEELD_BENCHMARK_KEY_FILE", "--benchmark-key-file", "");

  private final String environmentVariable;
  private final String flag;
  private final String defaultValue;

  Setting(String environmentVariable, String flag, String defaultValue) {
    this.environmentVariable = environmentVariable;
    this.flag = flag;
    this.defaultValue = defaultValue;
  }

  public String environmentVariable() {
    return environmentVariable;
  }

  public String flag() {
    return flag;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** How messages name this setting, so an operator finds it whichever way it was given. */
  public String label() {
    return environmentVariable + " (" + flag + ")";
  }
}
