package nl.spiegelbeeld.plugin.web;

/**
 * A failure a feature expects and can explain to the user. Each feature throws its own subclass
 * (e.g. {@code LaunchRejected}); {@link ProblemMapper} turns it into a JSON problem.
 */
public abstract class ProblemException extends RuntimeException {

  private final Problem problem;

  protected ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail());
    this.problem = problem;
  }

  /** The answer the user gets. */
  public Problem problem() {
    return problem;
  }
}
