package nl.spiegelbeeld.mappings.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.junit.jupiter.api.Test;

class AmsterdamDatesTest {

  private static DateTimeType dt(String value) {
    return new DateTimeType(value);
  }

  @Test
  void an_end_just_before_local_midnight_in_utc_is_that_local_date_and_ends_the_day_after() {
    DateTimeType end = dt("2023-09-01T21:59:59Z");
    assertThat(AmsterdamDates.asEnd(end)).contains(LocalDate.of(2023, 9, 1));
    assertThat(AmsterdamDates.asEndExclusive(end)).contains(LocalDate.of(2023, 9, 2));
  }

  @Test
  void a_start_at_utc_22_in_summer_is_the_next_local_day() {
    assertThat(AmsterdamDates.asStart(dt("2023-06-02T22:00:00Z")))
        .contains(LocalDate.of(2023, 6, 3));
  }

  @Test
  void an_end_at_local_midnight_is_exclusive_itself() {
    assertThat(AmsterdamDates.asEndExclusive(dt("2023-09-02T00:00:00+02:00")))
        .contains(LocalDate.of(2023, 9, 2));
    // 23:00 UTC in winter is local midnight.
    assertThat(AmsterdamDates.asEndExclusive(dt("2024-01-15T23:00:00Z")))
        .contains(LocalDate.of(2024, 1, 16));
    assertThat(AmsterdamDates.asEndExclusive(dt("2024-01-15T23:00:01Z")))
        .contains(LocalDate.of(2024, 1, 17));
  }

  @Test
  void a_date_without_time_as_end_is_exclusive_the_next_day() {
    assertThat(AmsterdamDates.asEndExclusive(dt("2023-09-01"))).contains(LocalDate.of(2023, 9, 2));
  }

  @Test
  void a_partial_date_is_its_first_day_as_start_and_its_last_day_as_end() {
    assertThat(AmsterdamDates.asStart(dt("2015"))).contains(LocalDate.of(2015, 1, 1));
    assertThat(AmsterdamDates.asEnd(dt("2015"))).contains(LocalDate.of(2015, 12, 31));
    assertThat(AmsterdamDates.asStart(dt("2024-02"))).contains(LocalDate.of(2024, 2, 1));
    assertThat(AmsterdamDates.asEnd(dt("2024-02"))).contains(LocalDate.of(2024, 2, 29));
    assertThat(AmsterdamDates.asEndExclusive(dt("2024-02"))).contains(LocalDate.of(2024, 3, 1));
  }

  @Test
  void only_a_full_date_is_a_full_date() {
    assertThat(AmsterdamDates.asFullDate(new DateType("1950"))).isEmpty();
    assertThat(AmsterdamDates.asFullDate(new DateType("1950-04"))).isEmpty();
    assertThat(AmsterdamDates.asFullDate(new DateType("1950-04-30")))
        .contains(LocalDate.of(1950, 4, 30));
  }

  @Test
  void an_absent_or_unreadable_value_has_no_date() {
    assertThat(AmsterdamDates.asStart(new DateTimeType())).isEmpty();
    assertThat(AmsterdamDates.asStart(null)).isEmpty();
    assertThat(AmsterdamDates.parse("gisteren")).isEmpty();
    assertThat(AmsterdamDates.parse("2023-02-30")).isEmpty();
  }
}
