package nl.spiegelbeeld.benchmark.measure;

import java.util.List;

/** Measures the operator tried to register cannot be used; one Dutch sentence per problem. */
public final class InvalidMeasure extends RuntimeException {

  private final List<String> problems;

  public InvalidMeasure(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
