package nl.spiegelbeeld.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import org.junit.jupiter.api.Test;

class HeadlinesTest {

  private static final Headlines HEADLINES = Headlines.shipped();

  /** Counts with denominator {@code d} and numerator {@code n}. */
  private static Counts counts(int d, int n) {
    return new Counts(d, d, 0, n, 0);
  }

  @Test
  void ost04_names_the_patients_without_fracture_prevention_as_in_the_issue() {
    // 61 with osteoporosis, 38 current users: 23 without (38%).
    Texts headline = HEADLINES.headline("OST-04", counts(61, 38));

    assertThat(headline.nl())
        .isEqualTo("23 van uw 61 patiënten met osteoporose (38%) gebruiken geen fractuurpreventie");
    assertThat(headline.en())
        .isEqualTo("23 of your 61 patients with osteoporosis (38%) use no fracture prevention");
  }

  @Test
  void one_patient_gets_the_singular_verb() {
    assertThat(HEADLINES.headline("OST-07", counts(30, 1)).nl())
        .isEqualTo(
            "1 van uw 30 bisfosfonaatgebruikers (3%) gebruikt langer dan de standaardduur:"
                + " tijd voor herbeoordeling");
  }

  @Test
  void registered_prevalence_is_written_per_thousand_with_a_decimal_comma() {
    assertThat(HEADLINES.headline("OST-01", counts(1491, 46)).nl())
        .isEqualTo(
            "46 van uw 1.491 patiënten van 40 jaar en ouder hebben osteoporose geregistreerd"
                + " (30,9 per 1.000)");
  }

  @Test
  void a_cohort_names_its_size() {
    assertThat(HEADLINES.headline("OST-05", new Counts(300, 0, 0, 0, 42)).nl())
        .isEqualTo(
            "42 patiënten van 40 jaar en ouder gebruiken nu medicamenteuze fractuurpreventie");
  }

  @Test
  void an_empty_denominator_says_there_is_nobody_rather_than_0_percent() {
    assertThat(HEADLINES.headline("NIER-01", counts(0, 0)).nl())
        .isEqualTo("Op deze peildatum zijn er geen patiënten voor deze indicator.");
  }

  @Test
  void every_shipped_indicator_has_a_headline_and_its_module_a_title() {
    Catalogue catalogue = Catalogue.load();
    for (IndicatorDefinition d : catalogue.definitions()) {
      assertThat(HEADLINES.headline(d.id(), new Counts(10, 10, 0, 3, 3)).nl())
          .as(d.id())
          .doesNotContain("{");
    }
    assertThat(HEADLINES.indicatorIds())
        .containsExactlyInAnyOrderElementsOf(
            catalogue.definitions().stream().map(IndicatorDefinition::id).toList());
    for (String module : catalogue.modules()) {
      assertThat(HEADLINES.moduleTitle(module).nl()).isNotEqualTo(module);
    }
  }
}
