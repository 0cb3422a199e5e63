package nl.spiegelbeeld.plugin.measurement;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs pulls and evaluations in the background, one per (FHIR base, practice, peildatum) at a time,
 * and keeps complete measurements in a bounded, expiring cache (architecture.md step 6). A failed
 * or cancelled pull leaves nothing in the cache: the screens only ever see complete data.
 */
public final class MeasurementService implements Measurements, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MeasurementService.class);

  private final Engine engine;
  private final PracticeLoader loader;
  private final Consumer<PracticeMeasurement> onComplete;
  private final Clock clock;
  private final Cache<MeasurementKey, PracticeMeasurement> complete;
  // Status per key for the progress screen; dropping an old entry only forgets how it went.
  private final Cache<MeasurementKey, Job> jobs;
  private final ExecutorService pulls;
  private final ScheduledExecutorService heartbeats;

  /**
   * @param onComplete told of every complete measurement (the local measurement history)
   */
  public MeasurementService(
      Engine engine,
      PracticeLoader loader,
      Consumer<PracticeMeasurement> onComplete,
      MeasurementSettings settings,
      Clock clock) {
    this.engine = engine;
    this.loader = loader;
    this.onComplete = onComplete;
    this.clock = clock;
    this.complete =
        Caffeine.newBuilder()
            .expireAfterWrite(settings.cacheExpiry())
            .maximumWeight(settings.cacheMaxFacts())
            .weigher((MeasurementKey k, PracticeMeasurement m) -> facts(m.data()))
            .build();
    this.jobs =
        Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(24)).maximumSize(10_000).build();
    this.pulls = Executors.newFixedThreadPool(settings.concurrentPulls(), daemon("measurement"));
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("measurement-heartbeat"));
    heartbeats.scheduleAtFixedRate(
        () -> jobs.asMap().values().forEach(Job::heartbeat), 15, 15, TimeUnit.SECONDS);
  }

  @Override
  public Optional<PracticeMeasurement> complete(AppSession session, LocalDate referenceDate) {
    return Optional.ofNullable(complete.getIfPresent(MeasurementKey.of(session, referenceDate)));
  }

  /**
   * Starts a measurement unless one is running for the same practice and peildatum, or (without
   * {@code refresh}) a complete one is cached.
   */
  public Status start(AppSession session, LocalDate referenceDate, boolean refresh) {
    MeasurementKey key = MeasurementKey.of(session, referenceDate);
    if (!refresh && complete.getIfPresent(key) != null) {
      return status(session, referenceDate);
    }
    Job job =
        jobs.asMap()
            .compute(
                key,
                (k, existing) ->
                    existing != null && existing.running() ? existing : newJob(k, session));
    return job.status();
  }

  /** The measurement's state; a cached measurement whose job was forgotten is still complete. */
  public Status status(AppSession session, LocalDate referenceDate) {
    MeasurementKey key = MeasurementKey.of(session, referenceDate);
    Job job = jobs.getIfPresent(key);
    if (job != null) {
      return job.status();
    }
    PracticeMeasurement cached = complete.getIfPresent(key);
    if (cached != null) {
      return new Status(Status.COMPLETE, referenceDate, List.of(), null, cached.data().pulledAt());
    }
    return Status.none(referenceDate);
  }

  /** Follows the measurement's events; one that has ended gives its outcome at once. */
  void subscribe(AppSession session, LocalDate referenceDate, Subscriber subscriber) {
    MeasurementKey key = MeasurementKey.of(session, referenceDate);
    Job job = jobs.getIfPresent(key);
    if (job != null) {
      job.subscribe(subscriber);
      return;
    }
    PracticeMeasurement cached = complete.getIfPresent(key);
    if (cached != null) {
      subscriber.send("complete", Map.of("completedAt", cached.data().pulledAt().toString()));
    } else {
      subscriber.send(
          "failed",
          new Failure(
              "Geen meting",
              "Voor deze peildatum loopt geen meting. Start er een met Ververs.",
              List.of()));
    }
    subscriber.close();
  }

  /** The session of whoever starts it supplies the tokens; colleagues simply follow along. */
  private Job newJob(MeasurementKey key, AppSession starter) {
    Job job = new Job(key.referenceDate());
    pulls.execute(() -> run(key, job, starter));
    return job;
  }

  private void run(MeasurementKey key, Job job, AppSession session) {
    try {
      PracticeData data =
          loader.load(
              session,
              key.referenceDate(),
              (type, pages, resources, done) ->
                  job.progress(new Progress(type, pages, resources, done)),
              job.cancellation());
      PracticeMeasurement measurement = PracticeMeasurement.evaluate(engine, data);
      complete.put(key, measurement);
      try {
        onComplete.accept(measurement);
      } catch (RuntimeException e) {
        // The history is a convenience: the measurement itself is complete and shown.
        LOG.warn("could not record the measurement in the local history", e);
      }
      job.complete(data.pulledAt());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.fail(Failures.of(e));
    } catch (RuntimeException e) {
      // The pull's exceptions carry Dutch messages without patient data; unexpected ones are
      // logged by type only, their messages could quote data.
      LOG.warn("measurement failed: {}", e.getClass().getSimpleName());
      job.fail(Failures.of(e));
    }
  }

  private static int facts(PracticeData data) {
    long n = data.patients().size();
    for (PatientInput p : data.patients()) {
      n += p.problems().size() + p.agreements().size() + p.labs().size();
    }
    return (int) Math.min(Integer.MAX_VALUE, n);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    jobs.asMap().values().forEach(j -> j.cancellation().cancel());
    pulls.shutdownNow();
    heartbeats.shutdownNow();
  }
}
