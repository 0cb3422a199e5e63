package nl.spiegelbeeld.benchmark.web;

/**
 * A refusal with an HTTP status and a Dutch title and detail that say what to do; the one mapper in
 * {@link ProblemMapper} writes it (a JSON problem, or an OperationOutcome under {@code /fhir}).
 */
public final class ApiProblem extends RuntimeException {

  private final int status;
  private final String title;

  public ApiProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  /** 401: no, or no valid, client assertion. */
  public static ApiProblem unauthenticated(String detail) {
    return new ApiProblem(401, "Niet aangemeld", detail);
  }

  /** 403: authenticated, but this is not the caller's. */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "Geen toegang", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Niet gevonden", detail);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "Verzoek niet verwerkt", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
