package nl.spiegelbeeld.benchmark;

import io.javalin.Javalin;
import nl.spiegelbeeld.benchmark.auth.Authentication;
import nl.spiegelbeeld.benchmark.auth.ClientAssertions;
import nl.spiegelbeeld.benchmark.auth.UsedAssertions;
import nl.spiegelbeeld.benchmark.comparison.ComparisonHandler;
import nl.spiegelbeeld.benchmark.comparison.ComparisonStore;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.group.GroupStore;
import nl.spiegelbeeld.benchmark.group.GroupsHandler;
import nl.spiegelbeeld.benchmark.health.Health;
import nl.spiegelbeeld.benchmark.measure.MeasureStore;
import nl.spiegelbeeld.benchmark.measure.MeasuresHandler;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.storage.Database;
import nl.spiegelbeeld.benchmark.submission.SubmissionHandler;
import nl.spiegelbeeld.benchmark.submission.SubmissionStore;
import nl.spiegelbeeld.benchmark.web.ProblemMapper;
import nl.spiegelbeeld.benchmark.web.SecurityHeaders;

/**
 * Wires the benchmark service: practices submit summary MeasureReports ({@code /fhir}) and read
 * their groups' comparisons, every call authenticated by the practice's signed client assertion;
 * {@code /health} is open.
 */
public final class App {

  private App() {}

  /**
   * Builds the app without starting it: {@code main} starts it, tests start it on port 0. Starting
   * starts (or connects to) the database and migrates it before Jetty accepts requests; stopping
   * stops the database after Jetty.
   *
   * @throws nl.spiegelbeeld.benchmark.storage.DatabaseStartFailed from {@code start()}
   */
  public static Javalin create(AppConfig config, AppDependencies deps) {
    Database database = new Database(config.database());
    var clock = deps.clock();
    PracticeStore practices = new PracticeStore(database, clock);
    GroupStore groups = new GroupStore(database, clock);
    MeasureStore measures = new MeasureStore(database, clock);
    Authentication authentication =
        new Authentication(
            new ClientAssertions(
                practices, new UsedAssertions(database, clock), config.publicUrl(), clock));
    SubmissionHandler submissions =
        new SubmissionHandler(measures, groups, new SubmissionStore(database, clock));
    ComparisonHandler comparisons =
        new ComparisonHandler(measures, groups, new ComparisonStore(database));
    GroupsHandler myGroups = new GroupsHandler(groups);
    MeasuresHandler measureList = new MeasuresHandler(measures);
    return Javalin.create(
        javalin -> {
          javalin.startup.showJavalinBanner = false;
          javalin.jetty.host = config.host();
          javalin.jetty.port = config.port();
          javalin.events.serverStarting(database::start);
          javalin.events.serverStartFailed(database::stop);
          javalin.events.serverStopped(database::stop);
          javalin.routes.before(new SecurityHeaders(config.https()));
          for (String path :
              new String[] {
                "/fhir", "/fhir/*", "/groups", "/groups/*", "/comparisons", "/measures"
              }) {
            javalin.routes.before(path, authentication);
          }
          javalin.routes.get("/health", Health.handler(deps.version(), database::status));
          javalin.routes.post("/fhir/MeasureReport", submissions::one);
          javalin.routes.post("/fhir", submissions::bundle);
          javalin.routes.get("/groups", myGroups::mine);
          javalin.routes.get("/groups/{id}/comparisons", comparisons::group);
          javalin.routes.get("/comparisons", comparisons::regional);
          javalin.routes.get("/measures", measureList::all);
          ProblemMapper.register(javalin.routes);
        });
  }
}
