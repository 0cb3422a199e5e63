package nl.spiegelbeeld.plugin.config;

import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, each naming its setting, so an
 * operator fixes them all in one go instead of one per restart.
 */
public final class InvalidConfiguration extends RuntimeException {
  private final List<String> problems;

  public InvalidConfiguration(List<String> problems) {
    super("Ongeldige configuratie: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One Dutch sentence per problem, each naming the environment variable and flag. */
  public List<String> problems() {
    return problems;
  }
}
