package nl.spiegelbeeld.plugin.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: typed {@link ProblemException}s, Javalin's own
 * HTTP exceptions, unknown paths and anything unexpected all become a Dutch JSON {@link Problem}.
 */
public final class ProblemMapper {

  static final String CONTENT_TYPE = "application/problem+json";

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  private ProblemMapper() {}

  /** Registers the mappers on the app's routes. */
  public static void register(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, Problem.forStatus(e.getStatus())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          // Class and route template only: messages and paths may one day carry patient data.
          Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
          LOG.error(
              "Unexpected {} on {} {}",
              e.getClass().getName(),
              ctx.method(),
              endpoint == null ? "(no route)" : endpoint.path);
          write(ctx, Problem.internalError(500));
        });
    routes.error(
        404,
        "*",
        ctx -> {
          // A handler that answered 404 with its own problem keeps it; only empty 404s are filled.
          if (ctx.resultInputStream() == null) {
            write(ctx, Problem.forStatus(404));
          }
        });
  }

  private static void write(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(CONTENT_TYPE);
  }
}
