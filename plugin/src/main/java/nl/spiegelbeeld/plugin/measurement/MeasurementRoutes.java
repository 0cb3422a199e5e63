package nl.spiegelbeeld.plugin.measurement;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.CurrentSession;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * The measurement API for the browser. Every route works on the signed-in session's own practice;
 * the CSRF check on {@code POST} is the session filter's.
 *
 * <ul>
 *   <li>{@code POST /api/measurements?peildatum=&refresh=true}: start (or join) a measurement, 202
 *   <li>{@code GET /api/measurements/status?peildatum=}: {@link Status}
 *   <li>{@code GET /api/measurements/events?peildatum=}: server-sent events {@code progress},
 *       {@code complete}, {@code failed}
 * </ul>
 */
public final class MeasurementRoutes {

  private MeasurementRoutes() {}

  public static void register(RoutesConfig routes, MeasurementService service, Clock clock) {
    routes.post(
        "/api/measurements",
        ctx -> {
          AppSession session = CurrentSession.require(ctx);
          boolean refresh = "true".equals(ctx.queryParam("refresh"));
          ctx.status(HttpStatus.ACCEPTED).json(service.start(session, date(ctx, clock), refresh));
        });
    routes.get(
        "/api/measurements/status",
        ctx -> ctx.json(service.status(CurrentSession.require(ctx), date(ctx, clock))));
    routes.sse(
        "/api/measurements/events",
        client -> {
          SseSubscriber subscriber = new SseSubscriber(client);
          try {
            AppSession session = CurrentSession.require(client.ctx());
            LocalDate date = date(client.ctx(), clock);
            client.keepAlive();
            service.subscribe(session, date, subscriber);
          } catch (ProblemException e) {
            // The stream has started: a problem can only be told as an event.
            Problem p = e.problem();
            subscriber.send("failed", new Failure(p.title(), p.detail(), List.of()));
            subscriber.close();
          }
        });
  }

  private static LocalDate date(Context ctx, Clock clock) {
    return ReferenceDates.parse(ctx.queryParam("peildatum"), clock);
  }

  /** A browser on the event stream. */
  private record SseSubscriber(SseClient client) implements Subscriber {
    @Override
    public void send(String event, Object data) {
      if (client.terminated()) {
        throw new IllegalStateException("client gone");
      }
      client.sendEvent(event, data);
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
