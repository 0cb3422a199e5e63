package nl.spiegelbeeld.plugin.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.worklist.Review;
import nl.spiegelbeeld.plugin.worklist.ReviewOutcome;
import nl.spiegelbeeld.plugin.worklist.ReviewStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review and history stores on embedded PostgreSQL migrated by Flyway (V2). */
class StoresIT {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static EmbeddedPostgres postgres;
  private static DataSource ds;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.start();
    ds = postgres.getPostgresDatabase();
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void
      a_measurement_is_recorded_per_indicator_and_a_later_pull_of_the_same_peildatum_replaces_it() {
    MeasurementHistory history = new MeasurementHistory(ds);
    PracticeMeasurement m =
        GeneratedMeasurement.of(Catalogue.load(), "Praktijk A", "01990051", 400, 3, P);
    PracticeMeasurement earlier =
        GeneratedMeasurement.of(
            Catalogue.load(), "Praktijk A", "01990051", 400, 3, P.minusMonths(6));

    history.record(earlier);
    history.record(m);
    history.record(later(m, Instant.parse("2026-11-23T15:00:00Z")));

    List<HistoryPoint> ost04 = history.forPractice("01990051").get("OST-04");
    assertThat(ost04).extracting(HistoryPoint::referenceDate).containsExactly(P.minusMonths(6), P);
    assertThat(ost04.get(1).measuredAt()).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    assertThat(ost04.get(1).denominator())
        .isEqualTo(m.evaluation().indicator("OST-04").main().counts().denominator());
    assertThat(history.forPractice("01990051")).hasSize(m.evaluation().indicators().size());
    assertThat(history.forPractice("01990099")).as("another practice").isEmpty();
  }

  @Test
  void review_marks_are_saved_replaced_removed_and_kept_per_practice() {
    ReviewStore store = new ReviewStore(ds);
    Instant at = Instant.parse("2026-11-23T10:00:00Z");
    store.save("01990061", new Review("OST-07", "p-1", ReviewOutcome.GESTOPT, "", "M. Jansen", at));
    store.save(
        "01990061",
        new Review(
            "OST-07", "p-1", ReviewOutcome.AFSPRAAK_GEPLAND, "dinsdag", null, at.plusSeconds(60)));
    store.save("01990062", new Review("OST-07", "p-1", ReviewOutcome.ANDERS, "", null, at));

    Review r = store.forWorklist("01990061", "OST-07").get("p-1");
    assertThat(r.outcome()).isEqualTo(ReviewOutcome.AFSPRAAK_GEPLAND);
    assertThat(r.note()).isEqualTo("dinsdag");
    assertThat(r.reviewedAt()).isEqualTo(at.plusSeconds(60));
    assertThat(store.forWorklist("01990061", "OST-04")).isEmpty();

    assertThat(store.remove("01990061", "OST-07", "p-1")).isTrue();
    assertThat(store.remove("01990061", "OST-07", "p-1")).isFalse();
    assertThat(store.forWorklist("01990061", "OST-07")).isEmpty();
    assertThat(store.forWorklist("01990062", "OST-07")).containsKey("p-1");
  }

  private static PracticeMeasurement later(PracticeMeasurement m, Instant pulledAt) {
    PracticeData d = m.data();
    return new PracticeMeasurement(
        new PracticeData(
            d.fhirBase(),
            d.practice(),
            d.referenceDate(),
            d.patients(),
            d.labels(),
            d.unattributed(),
            pulledAt),
        m.evaluation());
  }
}
