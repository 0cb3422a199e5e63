package nl.spiegelbeeld.plugin.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.Code;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import org.junit.jupiter.api.Test;

/** Which searches a pull makes, and how long code lists are split. */
class PullPlanTest {

  private static ServerCapabilities server(boolean chain) throws Exception {
    return ServerCapabilities.of(
        new ObjectMapper().readTree(FhirStubs.capabilityStatement("4.0.1", chain)));
  }

  private static Set<Code> codes(String system, int n) {
    Set<Code> codes = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      codes.add(new Code(system, String.valueOf(10_000_000 + i)));
    }
    return codes;
  }

  @Test
  void long_code_lists_are_split_so_that_every_url_stays_under_the_limit() throws Exception {
    Set<Code> medications = codes(CodeSystems.G_STANDAARD_PRK, 300);
    NeededCodes needed = new NeededCodes(Set.of(), Set.of(), medications, Set.of("x"));
    PullOptions options = PullOptions.standard().withMaxUrlLength(1500);
    PullPlan plan = PullPlan.of(server(true), needed, LocalDate.of(2026, 1, 1), options);

    List<PullPlan.Search> searches =
        plan.searches().stream().filter(s -> s.resourceType().equals("MedicationRequest")).toList();
    assertThat(searches.size()).isGreaterThan(3);
    Set<String> seen = new HashSet<>();
    for (PullPlan.Search s : searches) {
      assertThat(("https://his.example.nl/fhir/" + s.firstPage()).length()).isLessThan(1500);
      assertThat(s.overlaps()).isTrue();
      String value = s.firstPage().replaceAll(".*medication\\.code=([^&]*).*", "$1");
      for (String token : value.split(",")) {
        seen.add(URLDecoder.decode(token, StandardCharsets.UTF_8));
      }
    }
    assertThat(seen).hasSize(300).contains(CodeSystems.G_STANDAARD_PRK + "|10000299");
    assertThat(plan.medicationNarrowed()).isTrue();
  }

  @Test
  void without_the_chained_search_medication_is_pulled_wide_within_the_window() throws Exception {
    NeededCodes needed =
        new NeededCodes(
            codes(CodeSystems.ICPC_1_NL, 2), Set.of(), codes(CodeSystems.ATC, 3), Set.of("x"));
    PullPlan plan =
        PullPlan.of(server(false), needed, LocalDate.of(2026, 11, 23), PullOptions.standard());
    assertThat(plan.medicationNarrowed()).isFalse();
    assertThat(plan.searches())
        .extracting(PullPlan.Search::firstPage)
        .contains(
            "MedicationRequest?authoredon=ge2011-11-23&_include=MedicationRequest:medication"
                + "&_count=1000")
        .anyMatch(s -> s.startsWith("Condition?code=") && s.contains("_revinclude="))
        .anyMatch(s -> s.startsWith("Patient?_elements="));
  }

  @Test
  void a_type_without_a_code_search_is_pulled_whole_rather_than_refused() throws Exception {
    String statement =
        FhirStubs.capabilityStatement("4.0.1", true)
            .replace(
                "{\"type\":\"Condition\",\"searchParam\":[{\"name\":\"code\",\"type\":\"token\"}]",
                "{\"type\":\"Condition\",\"searchParam\":[]");
    ServerCapabilities server = ServerCapabilities.of(new ObjectMapper().readTree(statement));
    assertThat(server.searchParam("Condition", "code")).isFalse();
    NeededCodes needed =
        new NeededCodes(codes(CodeSystems.ICPC_1_NL, 2), Set.of(), Set.of(), Set.of());
    PullPlan plan = PullPlan.of(server, needed, LocalDate.of(2026, 11, 23), PullOptions.standard());
    assertThat(plan.searches())
        .extracting(PullPlan.Search::firstPage)
        .contains("Condition?_revinclude=EpisodeOfCare:condition&_count=1000");
  }

  @Test
  void lab_codes_searched_per_analyte_cover_the_same_codes_as_the_ored_search() throws Exception {
    List<Code> labs = List.copyOf(codes(CodeSystems.NHG_TABEL_45, 5));
    NeededCodes needed =
        new NeededCodes(
            Set.of(),
            Set.copyOf(labs),
            Set.of(),
            Set.of(),
            List.of(Set.copyOf(labs.subList(0, 3)), Set.copyOf(labs.subList(3, 5))));
    LocalDate p = LocalDate.of(2026, 11, 23);
    List<PullPlan.Search> ored =
        observations(
            PullPlan.of(server(true), needed, p, PullOptions.standard().withLabsByAnalyte(false)));
    List<PullPlan.Search> byCode =
        observations(PullPlan.of(server(true), needed, p, PullOptions.standard()));

    assertThat(ored).hasSize(1);
    assertThat(byCode).hasSize(2).allMatch(PullPlan.Search::overlaps);
    assertThat(labCodes(byCode)).isEqualTo(labCodes(ored)).hasSize(5);
    assertThat(labCodes(byCode.subList(0, 1))).hasSize(3);
  }

  private static List<PullPlan.Search> observations(PullPlan plan) {
    return plan.searches().stream().filter(s -> s.resourceType().equals("Observation")).toList();
  }

  private static Set<String> labCodes(List<PullPlan.Search> searches) {
    Set<String> out = new HashSet<>();
    for (PullPlan.Search s : searches) {
      String value = s.firstPage().replaceAll(".*[?&]code=([^&]*).*", "$1");
      for (String token : value.split(",")) {
        out.add(URLDecoder.decode(token, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
