package nl.spiegelbeeld.benchmark.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import nl.spiegelbeeld.benchmark.fhir.Outcomes;
import nl.spiegelbeeld.benchmark.storage.StorageFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns unknown paths and failures into Dutch JSON problems; no stack traces to callers. */
public final class ProblemMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private ProblemMapper() {}

  /**
   * A JSON problem ({@code type, title, status, detail}) with Dutch text.
   *
   * @param type a URI naming the kind of problem
   * @param title a short Dutch summary
   * @param status the HTTP status
   * @param detail a Dutch explanation
   */
  public record Problem(String type, String title, int status, String detail) {

    static Problem forStatus(int status) {
      return switch (status) {
        case 404 ->
            new Problem(
                "about:blank", "Niet gevonden", 404, "De benchmarkdienst kent dit adres niet.");
        case 500 ->
            new Problem(
                "about:blank",
                "Er ging iets mis",
                500,
                "De benchmarkdienst kon dit verzoek niet afhandelen. Probeer het later opnieuw.");
        default ->
            new Problem(
                "about:blank",
                "Verzoek niet verwerkt",
                status,
                "De benchmarkdienst kon dit verzoek niet verwerken.");
      };
    }
  }

  /** Registers the mappers on the app's routes. */
  public static void register(RoutesConfig routes) {
    routes.exception(
        StorageFailed.class,
        (e, ctx) -> {
          LOG.warn("Database call failed on {} (SQLState {})", ctx.method(), e.sqlState());
          // 23505: the same report sent twice at the same moment; the other one was stored.
          ApiProblem problem =
              "23505".equals(e.sqlState())
                  ? new ApiProblem(
                      409,
                      "Tegelijk verstuurd",
                      "Hetzelfde rapport kwam twee keer tegelijk binnen; één is opgeslagen. Stuur"
                          + " het opnieuw als u zeker wilt zijn.")
                  : new ApiProblem(
                      503,
                      "Database niet bereikbaar",
                      "De benchmark kan haar database nu niet bereiken; er is niets opgeslagen."
                          + " Probeer het later opnieuw.");
          answer(ctx, problem);
        });
    routes.exception(ApiProblem.class, (e, ctx) -> answer(ctx, e));
    // Javalin signals unknown paths and methods with these (404, 405).
    routes.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, Problem.forStatus(e.getStatus())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // The class only: messages may one day carry practice data.
          LOG.error("Unexpected {} on {}", e.getClass().getName(), ctx.method());
          write(ctx, Problem.forStatus(500));
        });
    routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.resultInputStream() == null) {
            write(ctx, Problem.forStatus(404));
          }
        });
  }

  /** A JSON problem, or an OperationOutcome on the FHIR endpoints. */
  private static void answer(Context ctx, ApiProblem e) {
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    if (ctx.path().startsWith("/fhir")) {
      Outcomes.error(ctx, e.status(), fhirIssueType(e.status()), e.detail());
    } else {
      write(ctx, new Problem("about:blank", e.title(), e.status(), e.detail()));
    }
  }

  private static String fhirIssueType(int status) {
    return switch (status) {
      case 401 -> "login";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 409 -> "conflict";
      case 503 -> "transient";
      default -> "invalid";
    };
  }

  private static void write(Context ctx, Problem problem) {
    ctx.status(problem.status())
        .json(problem)
        .contentType("application/problem+json; charset=utf-8");
  }
}
