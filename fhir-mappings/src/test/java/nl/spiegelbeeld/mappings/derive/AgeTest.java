package nl.spiegelbeeld.mappings.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.mappings.facts.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeTest {

  private static final LocalDate P = LocalDate.of(2024, 6, 30);

  @Test
  void a_patient_born_exactly_40_years_before_p_is_40_and_a_day_later_39() {
    assertThat(Age.onDate(LocalDate.of(1984, 6, 30), P)).hasValue(40);
    assertThat(Age.onDate(LocalDate.of(1984, 7, 1), P)).hasValue(39);
  }

  @Test
  void a_leap_day_birthday_completes_a_year_on_the_first_of_march() {
    LocalDate born = LocalDate.of(2024, 2, 29);
    assertThat(Age.onDate(born, LocalDate.of(2025, 2, 28))).hasValue(0);
    assertThat(Age.onDate(born, LocalDate.of(2025, 3, 1))).hasValue(1);
  }

  @Test
  void no_age_without_birth_date_or_with_a_birth_date_after_p() {
    assertThat(Age.onDate(null, P)).isEmpty();
    assertThat(Age.onDate(P.plusDays(1), P)).isEmpty();
    assertThat(Age.onDate(P, P)).hasValue(0);
  }

  @Test
  void a_birth_date_after_p_is_a_registration_problem() {
    PatientFacts patient =
        new PatientFacts("pat-9", Sex.MALE, P.plusDays(1), false, null, true, List.of(), null);
    assertThat(Age.problemOn(patient, P))
        .map(RegistrationProblem::kind)
        .contains(RegistrationProblem.Kind.BIRTH_DATE_AFTER_REFERENCE_DATE);
    assertThat(Age.problemOn(patient, P.plusDays(1))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, AGE_0_17, UNDER_65",
    "17, AGE_0_17, UNDER_65",
    "18, AGE_18_39, UNDER_65",
    "39, AGE_18_39, UNDER_65",
    "40, AGE_40_49, UNDER_65",
    "59, AGE_50_59, UNDER_65",
    "64, AGE_60_69, UNDER_65",
    "65, AGE_60_69, AGE_65_79",
    "79, AGE_70_79, AGE_65_79",
    "80, AGE_80_PLUS, AGE_80_PLUS",
    "104, AGE_80_PLUS, AGE_80_PLUS"
  })
  void ages_fall_in_their_local_and_shared_bands(
      int age, AgeBand.Local local, AgeBand.Shared shared) {
    assertThat(AgeBand.local(age)).isEqualTo(local);
    assertThat(AgeBand.shared(age)).isEqualTo(shared);
  }

  @Test
  void bands_have_dutch_labels() {
    assertThat(AgeBand.Local.AGE_40_49.label()).isEqualTo("40–49");
    assertThat(AgeBand.Shared.UNDER_65.label()).isEqualTo("< 65");
  }
}
