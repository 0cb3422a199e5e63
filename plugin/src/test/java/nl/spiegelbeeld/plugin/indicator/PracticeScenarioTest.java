package nl.spiegelbeeld.plugin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.spiegelbeeld.fixtures.generator.GeneratedPatient;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.practice.DemoWijkgroep;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.fixtures.scenario.Expected;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.Membership;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.indicator.engine.PatientResult;
import nl.spiegelbeeld.plugin.indicator.engine.Run;
import org.junit.jupiter.api.Test;

/**
 * The scenario test: synthetic practices of test-fixtures, generated in memory with the membership
 * each patient has by construction, mapped by fhir-mappings and evaluated; every patient must land
 * exactly where its expected list says (role and, when named, the stratum; nothing beyond it), and
 * the counts must add up to the expectations.
 */
class PracticeScenarioTest {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Set<String> GENERIC_STRATA = Set.of("sex", "age-band", "age-band-shared");
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final Engine ENGINE = new Engine(CATALOGUE);

  /** Explanations are asked for patients of their own practice only. */
  private static final Practice WHOLE_ENDPOINT = new Practice(Set.of(), Set.of(), true);

  @Test
  void every_patient_of_a_20000_patient_practice_with_full_volume_lands_where_its_scenario_says() {
    PracticeProfile profile =
        PracticeProfile.average("Huisartsenpraktijk Scenario", "01990042", 20_000);
    GeneratedPractices endpoint =
        new GeneratedPractices(
            new GeneratorSettings(42, P, true), List.of(profile), CATALOGUE.terminology().lists());

    Outcome outcome = evaluate(endpoint);

    assertThat(outcome.patients).isEqualTo(20_000);
    assertThat(outcome.mismatches).as(outcome.report()).isEmpty();
    assertThat(outcome.expectedMembers.keySet())
        .as("every indicator has expected members")
        .containsAll(ENGINE.definitions().stream().map(d -> d.id()).toList());
    assertThat(outcome.countMismatches).as(String.join("\n", outcome.countMismatches)).isEmpty();
  }

  @Test
  void every_patient_of_the_demo_wijkgroep_on_one_endpoint_counts_for_its_own_practice_only() {
    List<PracticeProfile> scaled =
        DemoWijkgroep.practices().stream()
            .map(p -> p.withListSize(Math.max(300, p.listSize() / 5)))
            .toList();
    GeneratedPractices endpoint =
        new GeneratedPractices(
            new GeneratorSettings(2026, P, true), scaled, CATALOGUE.terminology().lists());

    Outcome outcome = evaluate(endpoint);

    assertThat(outcome.patients)
        .isEqualTo(scaled.stream().mapToInt(PracticeProfile::listSize).sum());
    assertThat(outcome.mismatches).as(outcome.report()).isEmpty();
    assertThat(outcome.countMismatches).as(String.join("\n", outcome.countMismatches)).isEmpty();
    assertThat(outcome.foreignMembers).as("patients counted by another practice").isZero();
  }

  /** Streams every patient of every practice through every practice's run. */
  private static Outcome evaluate(GeneratedPractices endpoint) {
    Outcome outcome = new Outcome();
    int n = endpoint.profiles().size();
    List<Run> runs = new ArrayList<>();
    List<Map<String, int[]>> expectedCounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      runs.add(ENGINE.start(endpoint.practice(i), P));
      expectedCounts.add(new HashMap<>());
    }
    for (int own = 0; own < n; own++) {
      int practice = own;
      endpoint.forEachPatient(
          own,
          (generated, input) -> {
            outcome.patients++;
            for (int i = 0; i < n; i++) {
              PatientResult result = runs.get(i).add(input);
              if (i == practice) {
                outcome.compare(generated, input, result);
                tally(generated.expected(), expectedCounts.get(i));
              } else if (result.inPopulation()) {
                outcome.foreignMembers++;
              }
            }
          });
    }
    for (int i = 0; i < n; i++) {
      outcome.compareCounts(
          endpoint.profiles().get(i).name(), runs.get(i).finish(), expectedCounts.get(i));
    }
    return outcome;
  }

  /** Per indicator: expected {denominator incl. numerator, numerator, measure population}. */
  private static void tally(List<Expected> expected, Map<String, int[]> counts) {
    for (Expected e : expected) {
      int[] c = counts.computeIfAbsent(e.indicator(), k -> new int[3]);
      switch (e.role()) {
        case DENOMINATOR -> c[0]++;
        case NUMERATOR -> {
          c[0]++;
          c[1]++;
        }
        case POPULATION -> c[2]++;
      }
    }
  }

  private static final class Outcome {
    int patients;
    int foreignMembers;
    final List<String> mismatches = new ArrayList<>();
    final List<String> countMismatches = new ArrayList<>();
    final Map<String, Integer> byKind = new TreeMap<>();
    final Map<String, Integer> expectedMembers = new TreeMap<>();

    void compare(GeneratedPatient generated, PatientInput input, PatientResult result) {
      Map<String, Expected> expected =
          generated.expected().stream().collect(Collectors.toMap(Expected::indicator, e -> e));
      expected.keySet().forEach(id -> expectedMembers.merge(id, 1, Integer::sum));
      for (var d : ENGINE.definitions()) {
        Expected e = expected.get(d.id());
        Membership m = result.membership(d.id()).orElse(null);
        String actual = actual(m);
        String wanted = e == null ? "-" : e.role().name().toLowerCase(java.util.Locale.ROOT);
        boolean ok = wanted.equals(actual);
        if (ok && e != null && !e.stratum().isEmpty()) {
          String stratum = stratum(d.id(), m);
          ok = e.stratum().equals(stratum);
          actual = actual + ":" + stratum;
          wanted = wanted + ":" + e.stratum();
        }
        if (!ok) {
          String scenario =
              generated.record().osteoScenario() + " | " + generated.record().kidneyScenario();
          String key = d.id() + " [" + scenario + "] expected " + wanted + ", got " + actual;
          byKind.merge(key, 1, Integer::sum);
          if (mismatches.size() < 5) {
            mismatches.add(
                key
                    + "\n    "
                    + String.join("\n    ", ENGINE.explain(input, WHOLE_ENDPOINT, P, d.id())));
          } else {
            mismatches.add(key);
          }
        }
      }
    }

    void compareCounts(String practice, Evaluation evaluation, Map<String, int[]> expected) {
      for (var indicator : evaluation.indicators()) {
        Counts c = indicator.main().counts();
        int[] e = expected.getOrDefault(indicator.id(), new int[3]);
        if (c.denominator() != e[0] || c.numerator() != e[1] || c.measurePopulation() != e[2]) {
          countMismatches.add(
              practice
                  + " "
                  + indicator.id()
                  + ": counts "
                  + c
                  + ", expected den/num/pop "
                  + e[0]
                  + "/"
                  + e[1]
                  + "/"
                  + e[2]);
        }
      }
    }

    String report() {
      StringBuilder s = new StringBuilder(mismatches.size() + " mismatches by kind:\n");
      byKind.forEach((k, v) -> s.append("  ").append(v).append("× ").append(k).append('\n'));
      s.append("first ones explained:\n");
      mismatches.stream().limit(5).forEach(m -> s.append("  ").append(m).append('\n'));
      return s.toString();
    }

    private static String actual(Membership m) {
      if (m == null) {
        return "-";
      }
      return switch (m.role()) {
        case NUMERATOR -> "numerator";
        case DENOMINATOR -> "denominator";
        case MEASURE_POPULATION -> "population";
        case INITIAL_POPULATION -> "-";
        case DENOMINATOR_EXCLUSION -> "denominator-exclusion";
      };
    }

    /** The stratum the scenarios fix: the indicator's own stratifier, or OST-09's missing parts. */
    private static String stratum(String indicator, Membership m) {
      if (!m.groupsNotMet().isEmpty() || indicator.equals("OST-09")) {
        return m.groupsNotMet().stream()
            .map(g -> g.substring(indicator.length()))
            .collect(Collectors.joining());
      }
      return m.stratifierIds().stream()
          .filter(s -> !GENERIC_STRATA.contains(s))
          .findFirst()
          .map(m::stratum)
          .orElse("");
    }
  }
}
