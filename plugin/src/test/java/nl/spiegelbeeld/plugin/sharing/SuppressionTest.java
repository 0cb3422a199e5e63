package nl.spiegelbeeld.plugin.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.util.List;
import nl.spiegelbeeld.plugin.sharing.SuppressedCell.Reason;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of small-cell suppression with k = 5 (indicators.md §5). */
class SuppressionTest {

  private static final String POP = "http://terminology.hl7.org/CodeSystem/measure-population";

  @Test
  void a_small_stratum_is_suppressed_with_the_other_stratum_so_it_cannot_be_recomputed() {
    // total 40/30; female 37/28, male 3/2: male is small, female would give it away (40 − 37).
    MeasureReport report = report(counts(40, 40, 30), stratum("female", 37, 37, 28));
    stratum(report, "male", 3, 3, 2);

    List<SuppressedCell> cells = Suppression.apply(report, 5);

    assertThat(cells)
        .extracting(c -> c.stratum() + " " + c.population() + " " + c.reason())
        .containsExactlyInAnyOrder(
            "male initial-population SMALL",
            "male denominator SMALL",
            "male numerator SMALL",
            "female initial-population SECONDARY",
            "female denominator SECONDARY",
            "female numerator SECONDARY");
    MeasureReportGroupComponent g = report.getGroupFirstRep();
    assertThat(g.getPopulation()).allMatch(p -> p.hasCount());
    assertThat(g.getStratifierFirstRep().getStratum())
        .flatExtracting(StratifierGroupComponent::getPopulation)
        .allMatch(p -> !p.getCountElement().hasValue() && masked(p.getCountElement()));
    assertThat(g.getStratifierFirstRep().getStratum()).noneMatch(s -> s.hasMeasureScore());
    assertThat(g.hasMeasureScore()).isTrue();
  }

  @Test
  void a_small_gap_between_denominator_and_numerator_suppresses_the_numerator() {
    MeasureReport report = report(counts(20, 20, 18));

    List<SuppressedCell> cells = Suppression.apply(report, 5);

    assertThat(cells)
        .containsExactly(
            new SuppressedCell(
                "OST-04", null, null, "numerator", Reason.DENOMINATOR_MINUS_NUMERATOR));
    MeasureReportGroupComponent g = report.getGroupFirstRep();
    assertThat(g.getPopulation().get(1).getCount()).isEqualTo(20);
    assertThat(masked(g.getPopulation().get(2).getCountElement())).isTrue();
    assertThat(g.hasMeasureScore()).isFalse();
  }

  @Test
  void a_numerator_of_zero_stays_when_the_small_denominator_is_left_out() {
    // Found by the demo seeding: male 3/0 has denominator − numerator = 3, but masking the 0
    // would claim a cell of at least 1 that the strata sums contradict.
    MeasureReport report = report(counts(23, 23, 0), stratum("female", 20, 20, 0));
    stratum(report, "male", 3, 3, 0);

    List<SuppressedCell> cells = Suppression.apply(report, 5);

    assertThat(cells).noneMatch(c -> c.population().equals("numerator"));
    assertThat(report.getGroupFirstRep().getStratifierFirstRep().getStratum())
        .flatExtracting(StratifierGroupComponent::getPopulation)
        .filteredOn(p -> p.getCode().getCodingFirstRep().getCode().equals("numerator"))
        .allMatch(p -> p.getCountElement().hasValue() && p.getCount() == 0);
    assertThat(cells)
        .extracting(c -> c.stratum() + " " + c.population() + " " + c.reason())
        .contains("male denominator SMALL", "female denominator SECONDARY");
  }

  @Test
  void zero_stays_zero_and_large_cells_stay() {
    MeasureReport report = report(counts(12, 12, 0), stratum("female", 12, 12, 0));
    stratum(report, "male", 0, 0, 0);

    assertThat(Suppression.apply(report, 5)).isEmpty();
    assertThat(report.getGroupFirstRep().getStratifierFirstRep().getStratum().get(1))
        .satisfies(s -> assertThat(s.getPopulation()).allMatch(p -> p.getCount() == 0));
  }

  @Test
  void exactly_k_is_shown_and_k_minus_one_is_not() {
    MeasureReport report = report(counts(10, 10, 5));
    assertThat(Suppression.apply(report, 5)).isEmpty();

    MeasureReport smaller = report(counts(10, 10, 4));
    assertThat(Suppression.apply(smaller, 5))
        .extracting(SuppressedCell::population, SuppressedCell::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("numerator", Reason.SMALL));
  }

  @Test
  void suppression_follows_a_chain_through_a_stratum_where_everyone_is_in_the_numerator() {
    // total 12/7; female 6/6 (gap 0: its numerator equals its denominator), male 6/1.
    // Male 1 is small; masking female's numerator is not enough, since female 6 − 0 = 6 gives it
    // back, so the total numerator goes too.
    MeasureReport report = report(counts(12, 12, 7), stratum("female", 6, 6, 6));
    stratum(report, "male", 6, 6, 1);

    List<SuppressedCell> cells = Suppression.apply(report, 5);

    assertThat(cells)
        .extracting(c -> c.stratum() + " " + c.population() + " " + c.reason())
        .containsExactly(
            "male numerator SMALL", "female numerator SECONDARY", "null numerator SECONDARY");
  }

  @Test
  void a_suppressed_cell_is_written_as_an_absent_count_marked_masked() {
    MeasureReport report = report(counts(20, 20, 18));
    Suppression.apply(report, 5);

    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(report);

    assertThat(json)
        .contains(
            "\"_count\":{\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
                + "data-absent-reason\",\"valueCode\":\"masked\"}]}")
        .doesNotContain("\"count\":18");
  }

  private static boolean masked(org.hl7.fhir.r4.model.IntegerType count) {
    return count.getExtension().size() == 1
        && "masked".equals(count.getExtensionFirstRep().getValue().primitiveValue());
  }

  private static int[] counts(int ip, int d, int n) {
    return new int[] {ip, d, n};
  }

  private static int[] stratum(String code, int ip, int d, int n) {
    return new int[] {ip, d, n, code.equals("female") ? 0 : 1};
  }

  private static MeasureReport report(int[] total, int[]... strata) {
    MeasureReport report = new MeasureReport();
    MeasureReportGroupComponent g = report.addGroup();
    g.setCode(
        new CodeableConcept(
            new Coding("https://spiegelbeeld.nl/fhir/CodeSystem/indicator-group", "OST-04", null)));
    String[] codes = {"initial-population", "denominator", "numerator"};
    for (int i = 0; i < 3; i++) {
      g.addPopulation()
          .setCode(new CodeableConcept(new Coding(POP, codes[i], null)))
          .setCount(total[i]);
    }
    g.setMeasureScore(
        new Quantity()
            .setValue(
                BigDecimal.valueOf(total[2])
                    .divide(BigDecimal.valueOf(total[1]), 6, java.math.RoundingMode.HALF_UP)));
    g.addStratifier()
        .addCode(
            new CodeableConcept(
                new Coding("https://spiegelbeeld.nl/fhir/CodeSystem/stratifier", "sex", null)));
    for (int[] s : strata) {
      stratum(report, s[3] == 0 ? "female" : "male", s[0], s[1], s[2]);
    }
    return report;
  }

  private static void stratum(MeasureReport report, String code, int ip, int d, int n) {
    StratifierGroupComponent s = report.getGroupFirstRep().getStratifierFirstRep().addStratum();
    s.setValue(
        new CodeableConcept(
            new Coding("https://spiegelbeeld.nl/fhir/CodeSystem/stratum/sex", code, null)));
    String[] codes = {"initial-population", "denominator", "numerator"};
    int[] values = {ip, d, n};
    for (int i = 0; i < 3; i++) {
      s.addPopulation()
          .setCode(new CodeableConcept(new Coding(POP, codes[i], null)))
          .setCount(values[i]);
    }
    if (d > 0) {
      s.setMeasureScore(
          new Quantity()
              .setValue(
                  BigDecimal.valueOf(n)
                      .divide(BigDecimal.valueOf(d), 6, java.math.RoundingMode.HALF_UP)));
    }
  }
}
