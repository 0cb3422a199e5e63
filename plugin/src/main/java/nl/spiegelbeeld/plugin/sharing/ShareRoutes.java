package nl.spiegelbeeld.plugin.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.plugin.api.ReferenceDates;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.measurement.Measurements;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.CurrentSession;

/**
 * Delen and Groep. Every route needs the practice's session (the session filter checks it and the
 * CSRF token of the POST).
 *
 * <pre>
 * GET  /api/share?peildatum=    what would leave: k, per indicator the counts after suppression,
 *                               the raw JSON and its digest; nothing is sent
 * POST /api/share?peildatum=    {digest}: sends exactly that package; the benchmark's answer
 * GET  /api/group?peildatum=    per group and indicator the comparison and a headline
 * </pre>
 */
public final class ShareRoutes {

  /** The suppression threshold without any group (indicators.md §5). */
  static final int DEFAULT_K = 5;

  private final Measurements measurements;
  private final Catalogue catalogue;
  private final ShareStep step;
  private final Optional<BenchmarkClient> benchmark;
  private final Clock clock;

  public ShareRoutes(
      Measurements measurements,
      Catalogue catalogue,
      ShareStep step,
      Optional<BenchmarkClient> benchmark,
      Clock clock) {
    this.measurements = measurements;
    this.catalogue = catalogue;
    this.step = step;
    this.benchmark = benchmark;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/share", this::preview);
    routes.post("/api/share", this::share);
    routes.get("/api/group", this::group);
  }

  /** The Delen screen's view: the package, without the Bundle object. */
  record Preview(
      String peildatum,
      int k,
      List<String> groups,
      List<IndicatorShare> indicators,
      List<String> notAccepted,
      String json,
      String digest) {}

  /** The confirmation: the digest of the package the user saw. */
  record Confirmation(String digest) {}

  private void preview(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    LocalDate p = ReferenceDates.parse(ctx.queryParam("peildatum"), clock);
    Prepared prepared = prepare(session, p);
    SharePackage pkg = prepared.pkg();
    ctx.json(
        new Preview(
            p.toString(),
            pkg.k(),
            prepared.groups(),
            pkg.indicators(),
            pkg.notAccepted(),
            pkg.json(),
            pkg.digest()));
  }

  private void share(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    LocalDate p = ReferenceDates.parse(ctx.queryParam("peildatum"), clock);
    Confirmation confirmation;
    try {
      confirmation = ctx.bodyAsClass(Confirmation.class);
    } catch (Exception e) {
      // Only parsing happens here: whatever fails, the body was not the confirmation.
      throw new BenchmarkProblems.Changed();
    }
    Prepared prepared = prepare(session, p);
    if (confirmation == null || !prepared.pkg().digest().equals(confirmation.digest())) {
      throw new BenchmarkProblems.Changed();
    }
    ctx.json(client().submit(session.practice().agb(), prepared.pkg().json()));
  }

  private record Prepared(SharePackage pkg, List<String> groups) {}

  private Prepared prepare(AppSession session, LocalDate p) {
    PracticeMeasurement m =
        measurements.complete(session, p).orElseThrow(BenchmarkProblems.NothingToShare::new);
    if (!m.data().practice().agb().equals(session.practice().agb())) {
      throw new BenchmarkProblems.NothingToShare();
    }
    BenchmarkClient client = client();
    String agb = session.practice().agb();
    JsonNode groups = client.groups(agb);
    int k = DEFAULT_K;
    List<String> names = new ArrayList<>();
    if (groups.size() > 0) {
      k = 0;
      for (JsonNode g : groups) {
        k = Math.max(k, g.path("suppressionK").asInt(DEFAULT_K));
        names.add(g.path("name").asText());
      }
    }
    Set<String> accepted = client.measures(agb);
    return new Prepared(step.prepare(m, k, Optional.of(accepted)), names);
  }

  private void group(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    LocalDate p = ReferenceDates.parse(ctx.queryParam("peildatum"), clock);
    BenchmarkClient client = client();
    String agb = session.practice().agb();
    // The measurement period [P − 364, P] (indicators.md), as the shared reports have it.
    String period = p.minusDays(364) + "/" + p;
    Set<String> accepted = client.measures(agb);
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode g : client.groups(agb)) {
      List<Map<String, Object>> indicators = new ArrayList<>();
      for (IndicatorDefinition d : catalogue.definitions()) {
        if (!accepted.contains(d.canonical())) {
          continue;
        }
        JsonNode comparison = client.comparison(agb, g.path("id").asLong(), d.canonical(), period);
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", d.id());
        indicator.put("title", d.title());
        indicator.put("headline", GroupHeadline.of(comparison));
        indicator.put("comparison", comparison);
        indicators.add(indicator);
      }
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("group", g);
      group.put("indicators", indicators);
      out.add(group);
    }
    ctx.json(Map.of("peildatum", p.toString(), "period", period, "groups", out));
  }

  private BenchmarkClient client() {
    return benchmark.orElseThrow(BenchmarkProblems.NotConfigured::new);
  }
}
