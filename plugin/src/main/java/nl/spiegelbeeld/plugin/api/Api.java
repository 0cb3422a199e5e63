package nl.spiegelbeeld.plugin.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.plugin.history.HistoryPoint;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import nl.spiegelbeeld.plugin.session.CurrentSession;
import nl.spiegelbeeld.plugin.worklist.Review;
import nl.spiegelbeeld.plugin.worklist.ReviewInput;
import nl.spiegelbeeld.plugin.worklist.WorklistCsv;
import nl.spiegelbeeld.plugin.worklist.WorklistView;
import nl.spiegelbeeld.plugin.worklist.WorklistViews;

/**
 * The screens' JSON API. Every route needs a session (the session filter sets it; {@link
 * CurrentSession#require} answers 401 otherwise) and shows only the session's own practice.
 *
 * <pre>
 * GET    /api/dashboard?peildatum=                 cards per module
 * GET    /api/indicators/{id}?peildatum=           detail with strata, definition and sources
 * GET    /api/worklists/{id}?peildatum=            worklist rows with review marks
 * GET    /api/worklists/{id}/csv?peildatum=        the same as CSV
 * PUT    /api/worklists/{id}/reviews/{patientId}   mark reviewed {outcome, note}
 * DELETE /api/worklists/{id}/reviews/{patientId}   remove the mark
 * GET    /api/registration-quality?peildatum=      what could not be used, with examples
 * </pre>
 *
 * Without a complete measurement for the peildatum the reading routes answer 404 with problem type
 * {@link ApiProblems.NoMeasurement#TYPE}; the UI then starts or follows the pull.
 */
public final class Api {

  private final ApiDependencies deps;
  private final DashboardViews views;

  private Api(ApiDependencies deps) {
    this.deps = deps;
    this.views = new DashboardViews(deps.headlines());
  }

  /** Registers the API's routes. */
  public static void register(RoutesConfig routes, ApiDependencies deps) {
    Api api = new Api(deps);
    routes.get("/api/dashboard", api::dashboard);
    routes.get("/api/indicators/{id}", api::detail);
    routes.get("/api/worklists/{id}", api::worklist);
    routes.get("/api/worklists/{id}/csv", api::csv);
    routes.put("/api/worklists/{id}/reviews/{patientId}", api::saveReview);
    routes.delete("/api/worklists/{id}/reviews/{patientId}", api::removeReview);
    routes.get("/api/registration-quality", api::registrationQuality);
  }

  private void dashboard(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    PracticeMeasurement m = measurement(ctx, session);
    Map<String, Integer> reviewed = new HashMap<>();
    for (IndicatorResult r : m.evaluation().indicators()) {
      if (r.worklist() != null) {
        reviewed.put(
            r.id(),
            WorklistViews.reviewedCount(
                r.worklist(), deps.reviews().forWorklist(session.practice().agb(), r.id())));
      }
    }
    ctx.json(views.dashboard(m, history(session), reviewed));
  }

  private void detail(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    IndicatorDefinition d = definition(ctx.pathParam("id"));
    PracticeMeasurement m = measurement(ctx, session);
    IndicatorResult r = m.evaluation().indicator(d.id());
    int reviewed =
        r.worklist() == null
            ? 0
            : WorklistViews.reviewedCount(
                r.worklist(), deps.reviews().forWorklist(session.practice().agb(), d.id()));
    List<HistoryPoint> history = history(session).getOrDefault(d.id(), List.of());
    ctx.json(views.detail(m, r, history, reviewed));
  }

  private void worklist(Context ctx) {
    ctx.json(worklistView(ctx));
  }

  private void csv(Context ctx) {
    WorklistView view = worklistView(ctx);
    String file = "werklijst-" + view.indicatorId() + "-" + view.referenceDate() + ".csv";
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .result(WorklistCsv.of(view));
  }

  private WorklistView worklistView(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    IndicatorDefinition d = worklistDefinition(ctx.pathParam("id"));
    PracticeMeasurement m = measurement(ctx, session);
    return WorklistViews.of(
        m,
        m.evaluation().indicator(d.id()),
        deps.reviews().forWorklist(session.practice().agb(), d.id()));
  }

  private void saveReview(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    IndicatorDefinition d = worklistDefinition(ctx.pathParam("id"));
    ReviewBody body;
    try {
      body = ctx.bodyAsClass(ReviewBody.class);
    } catch (Exception e) {
      // Only parsing happens here (Jackson's checked exceptions arrive undeclared through
      // Kotlin): whatever fails, the body was not the form's JSON.
      throw new ApiProblems.UnreadableBody();
    }
    if (body == null) {
      throw new ApiProblems.UnreadableBody();
    }
    ReviewInput input = ReviewInput.parse(ctx.pathParam("patientId"), body.outcome(), body.note());
    Review review =
        new Review(
            d.id(),
            ctx.pathParam("patientId"),
            input.outcome(),
            input.note(),
            reviewer(session),
            deps.clock().instant());
    deps.reviews().save(session.practice().agb(), review);
    ctx.json(WorklistViews.view(review));
  }

  private void removeReview(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    IndicatorDefinition d = worklistDefinition(ctx.pathParam("id"));
    deps.reviews().remove(session.practice().agb(), d.id(), ctx.pathParam("patientId"));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void registrationQuality(Context ctx) {
    AppSession session = CurrentSession.require(ctx);
    ctx.json(RegistrationQualityViews.of(measurement(ctx, session)));
  }

  /** The user's display name as stored with a mark (the column holds 200 characters). */
  private static String reviewer(AppSession session) {
    String name = session.userName();
    return name == null || name.length() <= 200 ? name : name.substring(0, 200);
  }

  /** The review form's JSON. */
  record ReviewBody(String outcome, String note) {}

  private PracticeMeasurement measurement(Context ctx, AppSession session) {
    LocalDate p = ReferenceDates.parse(ctx.queryParam("peildatum"), deps.clock());
    PracticeMeasurement m =
        deps.measurements().complete(session, p).orElseThrow(ApiProblems.NoMeasurement::new);
    // Defence in depth: patient data only for a session of the practice it belongs to.
    if (!m.data().practice().agb().equals(session.practice().agb())) {
      throw new ApiProblems.OtherPractice();
    }
    return m;
  }

  private Map<String, List<HistoryPoint>> history(AppSession session) {
    return deps.history().forPractice(session.practice().agb());
  }

  private IndicatorDefinition definition(String id) {
    return deps.catalogue().definitions().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(ApiProblems.UnknownIndicator::new);
  }

  private IndicatorDefinition worklistDefinition(String id) {
    IndicatorDefinition d = definition(id);
    if (d.worklist() == null) {
      throw new ApiProblems.UnknownIndicator();
    }
    return d;
  }
}
