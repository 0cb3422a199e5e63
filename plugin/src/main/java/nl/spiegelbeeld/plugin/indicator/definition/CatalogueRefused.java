package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.List;

/**
 * The catalogue has problems; the app must not start (style.md: "collect every problem, refuse to
 * start on any"). The message lists them all, one a line.
 */
public final class CatalogueRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CatalogueRefused(List<String> problems) {
    super(
        "indicator catalogue refused, "
            + problems.size()
            + " problem(s):\n  "
            + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, e.g. {@code OST-04: unknown code list 'icpc-osteoporse'}. */
  public List<String> problems() {
    return problems;
  }
}
