package nl.spiegelbeeld.benchmark.config;

import java.util.List;

/** The configuration cannot be used; carries every problem, each naming its setting. */
public final class InvalidConfiguration extends RuntimeException {
  private final List<String> problems;

  public InvalidConfiguration(List<String> problems) {
    super("Ongeldige configuratie: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  /** One Dutch sentence per problem. */
  public List<String> problems() {
    return problems;
  }
}
