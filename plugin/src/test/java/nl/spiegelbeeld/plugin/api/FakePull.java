package nl.spiegelbeeld.plugin.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the lead's pull endpoints (POST /api/measurements, GET .../status, SSE
 * .../events), driven by the test: it reports progress, completes or fails when told. With {@code
 * autoComplete} a started pull completes at once.
 */
final class FakePull {

  private final Map<LocalDate, String> states = new ConcurrentHashMap<>();
  private final Map<LocalDate, List<SseClient>> clients = new ConcurrentHashMap<>();
  private final AtomicInteger starts = new AtomicInteger();
  private volatile boolean autoComplete;
  private volatile String failure;

  void register(RoutesConfig routes) {
    routes.post("/api/measurements", this::start);
    routes.get("/api/measurements/status", ctx -> ctx.json(Map.of("state", state(peildatum(ctx)))));
    routes.sse(
        "/api/measurements/events",
        client -> {
          client.keepAlive();
          LocalDate p = peildatum(client.ctx());
          List<SseClient> listening = clients.computeIfAbsent(p, k -> new CopyOnWriteArrayList<>());
          client.onClose(() -> listening.remove(client));
          String state = state(p);
          if (state.equals("complete")) {
            client.sendEvent("complete", "{}");
          } else if (state.equals("failed")) {
            client.sendEvent("failed", failure);
          } else {
            listening.add(client);
          }
        });
  }

  void autoComplete(boolean on) {
    autoComplete = on;
  }

  void markComplete(LocalDate p) {
    states.put(p, "complete");
  }

  boolean isComplete(LocalDate p) {
    return state(p).equals("complete");
  }

  int starts() {
    return starts.get();
  }

  /** Browsers following the pull of {@code p}. */
  int listeners(LocalDate p) {
    return clients.getOrDefault(p, List.of()).size();
  }

  void progress(LocalDate p, String resourceType, int pages, int resources, boolean done) {
    send(
        p,
        "progress",
        "{\"resourceType\":\""
            + resourceType
            + "\",\"pages\":"
            + pages
            + ",\"resources\":"
            + resources
            + ",\"done\":"
            + done
            + "}");
  }

  void complete(LocalDate p) {
    states.put(p, "complete");
    send(p, "complete", "{}");
    clients.remove(p);
  }

  void fail(LocalDate p, String json) {
    failure = json;
    states.put(p, "failed");
    send(p, "failed", json);
    clients.remove(p);
  }

  private void start(Context ctx) {
    LocalDate p = peildatum(ctx);
    starts.incrementAndGet();
    if (autoComplete) {
      states.put(p, "complete");
    } else if (!state(p).equals("running")) {
      states.put(p, "running");
    }
    ctx.status(202);
  }

  private void send(LocalDate p, String event, String json) {
    for (SseClient c : clients.getOrDefault(p, List.of())) {
      c.sendEvent(event, json);
    }
  }

  private String state(LocalDate p) {
    return states.getOrDefault(p, "none");
  }

  private static LocalDate peildatum(Context ctx) {
    return LocalDate.parse(ctx.queryParam("peildatum"));
  }
}
