package nl.spiegelbeeld.plugin.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.mappings.facts.PartyRef;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.Sex;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.pull.PullIncomplete;
import nl.spiegelbeeld.plugin.session.AppSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasurementServiceTest {

  private static final Engine ENGINE = new Engine(Catalogue.load());
  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final URI BASE = URI.create("https://his.example.nl/fhir");

  private final List<PracticeMeasurement> recorded = new CopyOnWriteArrayList<>();
  private MeasurementService service;

  @AfterEach
  void close() {
    service.close();
  }

  @Test
  void aCompleteMeasurementIsCachedEvaluatedAndRecorded() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    service =
        service(
            (session, p, listener, c) -> {
              loads.incrementAndGet();
              listener.progress("Patient", 1, 2, true);
              return data(session, p);
            });
    AppSession session = session("01990001");

    service.start(session, P, false);
    Status status = awaitEnd(session);

    assertThat(status.state()).isEqualTo(Status.COMPLETE);
    assertThat(status.progress()).containsExactly(new Progress("Patient", 1, 2, true));
    PracticeMeasurement m = service.complete(session, P).orElseThrow();
    assertThat(m.evaluation().population()).isEqualTo(2);
    assertThat(recorded).containsExactly(m);

    // A colleague's launch within the expiry reuses it; "Ververs" pulls again.
    service.start(session("01990001"), P, false);
    assertThat(loads).hasValue(1);
    service.start(session, P, true);
    awaitEnd(session);
    assertThat(loads).hasValue(2);
  }

  @Test
  void anIncompletePullLeavesNothingAndSaysWhatIsMissing() throws Exception {
    service =
        service(
            (session, p, listener, c) -> {
              throw new PullIncomplete(
                  "MedicationRequest", "Medicatieafspraken: pagina 3 gaf een fout.", null);
            });
    AppSession session = session("01990001");

    service.start(session, P, false);
    Status status = awaitEnd(session);

    assertThat(status.state()).isEqualTo(Status.FAILED);
    assertThat(status.failure().missing()).containsExactly("MedicationRequest");
    assertThat(status.failure().detail()).contains("pagina 3");
    assertThat(service.complete(session, P)).isEmpty();
    assertThat(recorded).isEmpty();
  }

  @Test
  void aSecondStartWhileRunningJoinsTheSamePull() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger loads = new AtomicInteger();
    service =
        service(
            (session, p, listener, c) -> {
              loads.incrementAndGet();
              release.await(10, TimeUnit.SECONDS);
              return data(session, p);
            });
    AppSession session = session("01990001");

    assertThat(service.start(session, P, false).state()).isEqualTo(Status.RUNNING);
    assertThat(service.start(session, P, true).state()).isEqualTo(Status.RUNNING);
    release.countDown();
    awaitEnd(session);

    assertThat(loads).hasValue(1);
  }

  @Test
  void anotherPracticeNeverSeesTheMeasurement() throws Exception {
    service = service((session, p, listener, c) -> data(session, p));
    AppSession mine = session("01990001");
    service.start(mine, P, false);
    awaitEnd(mine);

    AppSession theirs = session("01990002");
    assertThat(service.complete(theirs, P)).isEmpty();
    assertThat(service.status(theirs, P).state()).isEqualTo(Status.NONE);
    assertThat(service.complete(mine, P.minusDays(1))).isEmpty();
  }

  @Test
  void followersGetProgressAndTheOutcome() throws Exception {
    CountDownLatch subscribed = new CountDownLatch(1);
    service =
        service(
            (session, p, listener, c) -> {
              listener.progress("Patient", 1, 2, false);
              subscribed.await(10, TimeUnit.SECONDS);
              listener.progress("Patient", 2, 4, true);
              return data(session, p);
            });
    AppSession session = session("01990001");
    List<String> events = new CopyOnWriteArrayList<>();
    CountDownLatch closed = new CountDownLatch(1);

    service.start(session, P, false);
    awaitProgress(session);
    service.subscribe(
        session,
        P,
        new Subscriber() {
          @Override
          public void send(String event, Object data) {
            events.add(event + (data instanceof Progress p ? ":" + p.pages() : ""));
          }

          @Override
          public void close() {
            closed.countDown();
          }
        });
    subscribed.countDown();

    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(events).containsExactly("progress:1", "progress:2", "complete");
  }

  private MeasurementService service(PracticeLoader loader) {
    return new MeasurementService(
        ENGINE,
        loader,
        recorded::add,
        new MeasurementSettings(Duration.ofHours(1), 1_000, 1),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Status awaitEnd(AppSession session) throws InterruptedException {
    for (int i = 0; i < 1000; i++) {
      Status s = service.status(session, P);
      if (!s.state().equals(Status.RUNNING)) {
        return s;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the measurement did not end");
  }

  private void awaitProgress(AppSession session) throws InterruptedException {
    for (int i = 0; i < 1000 && service.status(session, P).progress().isEmpty(); i++) {
      Thread.sleep(10);
    }
  }

  private static PracticeData data(AppSession session, LocalDate p) {
    List<PatientInput> patients =
        List.of(patient("1", LocalDate.of(1950, 1, 1)), patient("2", LocalDate.of(1990, 6, 1)));
    return new PracticeData(BASE, session.practice(), p, patients, Map.of(), List.of(), NOW);
  }

  private static PatientInput patient(String id, LocalDate birthDate) {
    return PatientInput.of(
        new PatientFacts(
            id,
            Sex.FEMALE,
            birthDate,
            false,
            null,
            true,
            List.of(),
            new PartyRef("Organization/1", null, null)));
  }

  private static AppSession session(String agb) {
    PracticeIdentity practice =
        new PracticeIdentity(
            agb,
            "Huisartsenpraktijk " + agb,
            "Organization/1",
            new Practice(Set.of("Organization/1"), Set.of(), false));
    return new AppSession(
        "s-" + agb,
        BASE,
        practice,
        "Dr. Test",
        "Practitioner/1",
        AccessTokens.none(),
        "csrf",
        NOW.plus(Duration.ofMinutes(30)));
  }
}
