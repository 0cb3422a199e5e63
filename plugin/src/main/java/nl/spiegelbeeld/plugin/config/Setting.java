package nl.spiegelbeeld.plugin.config;

/**
 * A setting of the plugin: the environment variable and the command-line flag it is read from, and
 * its default. A flag wins over the environment; the environment wins over the default.
 */
public enum Setting {
  HOST("SPIEGELBEELD_HOST", "--host", "127.0.0.1"),
  PORT("SPIEGELBEELD_PORT", "--port", "8080"),
  FRAME_ANCESTORS("SPIEGELBEELD_FRAME_ANCESTORS", "--frame-ancestors", "'none'"),
  SECURE_COOKIES("SPIEGELBEELD_SECURE_COOKIES", "--secure-cookies", "false");

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
