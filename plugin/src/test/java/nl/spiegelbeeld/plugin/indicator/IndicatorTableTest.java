package nl.spiegelbeeld.plugin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Membership;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.indicator.engine.PatientResult;
import nl.spiegelbeeld.plugin.indicator.engine.Role;
import nl.spiegelbeeld.plugin.pull.FactsMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indicators as data-driven tables: one JSON file per indicator under {@code tables/}, each a
 * list of synthetic patients (written as {@link CaseResources} describes, turned into FHIR and
 * mapped by fhir-mappings) with the role they must get: {@code none} (not in the initial
 * population), {@code initial} (initial population only), {@code excluded} (either: not in the
 * denominator), {@code denominator}, {@code numerator}, or {@code population} (OST-05); optionally
 * the indicator-specific {@code stratum}, the extra groups not met, the worklist sentence, and
 * expectations for other indicators ({@code also}).
 */
class IndicatorTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TABLES = "/nl/spiegelbeeld/plugin/indicator/tables";
  private static final Set<String> GENERIC_STRATA = Set.of("sex", "age-band", "age-band-shared");

  /** A few G-Standaard codes (synthetic), including an oncology product that is excluded. */
  private static final String G_STANDAARD =
      """
      system,code,atc,display,exclude
      urn:oid:2.16.840.1.113883.2.4.4.10,900011,M05BA04,ALENDRONINEZUUR TABLET 70MG,
      urn:oid:2.16.840.1.113883.2.4.4.10,900015,M05BA08,ZOLEDRONINEZUUR INFUSIEVLOEISTOF 5MG,
      urn:oid:2.16.840.1.113883.2.4.4.10,900095,M05BA08,ZOLEDRONINEZUUR INFUUS 4MG,oncologie
      urn:oid:2.16.840.1.113883.2.4.4.10,900096,M05BX04,DENOSUMAB 120MG,oncologie
      """;

  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final Engine ENGINE = new Engine(CATALOGUE);
  private static final FactsMapper MAPPER =
      new FactsMapper(
          CATALOGUE.terminology().lists(), GStandaardAtcTable.read(new StringReader(G_STANDAARD)));

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path folder = Path.of(IndicatorTableTest.class.getResource(TABLES).toURI());
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode table = JSON.readTree(file.toFile());
        String indicator = table.get("indicator").asText();
        LocalDate p = LocalDate.parse(table.get("peildatum").asText());
        for (JsonNode c : table.get("cases")) {
          all.add(Arguments.of(indicator + ": " + c.get("name").asText(), indicator, p, c));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void every_table_patient_lands_where_its_row_says(
      String name, String indicator, LocalDate p, JsonNode c) {
    PatientInput input = MAPPER.map(CaseResources.of("pat-1", c), Map.of());
    PatientResult result = ENGINE.evaluate(input, CaseResources.PRACTICE, p);
    String why =
        name
            + "\n  "
            + String.join("\n  ", ENGINE.explain(input, CaseResources.PRACTICE, p, indicator));

    check(indicator, c.get("expect"), result, why);
    for (Map.Entry<String, JsonNode> e : c.path("also").properties()) {
      String explained =
          name
              + " ("
              + e.getKey()
              + ")\n  "
              + String.join("\n  ", ENGINE.explain(input, CaseResources.PRACTICE, p, e.getKey()));
      check(e.getKey(), e.getValue(), result, explained);
    }
  }

  private static void check(String indicator, JsonNode expect, PatientResult result, String why) {
    Optional<Membership> m = result.membership(indicator);
    Role role = m.map(Membership::role).orElse(null);
    String expected = expect.get("role").asText();
    switch (expected) {
      case "none" -> assertThat(role).as(why).isNull();
      case "initial" -> assertThat(role).as(why).isEqualTo(Role.INITIAL_POPULATION);
      case "excluded" ->
          assertThat(role == null || role == Role.INITIAL_POPULATION)
              .as(why + "\n  role " + role)
              .isTrue();
      case "denominator" -> assertThat(role).as(why).isEqualTo(Role.DENOMINATOR);
      case "numerator" -> assertThat(role).as(why).isEqualTo(Role.NUMERATOR);
      case "population" -> assertThat(role).as(why).isEqualTo(Role.MEASURE_POPULATION);
      default -> throw new IllegalArgumentException("unknown role " + expected);
    }
    if (expect.has("stratum")) {
      Membership membership = m.orElseThrow();
      JsonNode stratum = expect.get("stratum");
      if (stratum.isTextual()) {
        String id =
            membership.stratifierIds().stream()
                .filter(s -> !GENERIC_STRATA.contains(s))
                .findFirst()
                .orElseThrow();
        assertThat(membership.stratum(id)).as(why).isEqualTo(stratum.asText());
      } else {
        for (Map.Entry<String, JsonNode> e : stratum.properties()) {
          assertThat(membership.stratum(e.getKey())).as(why).isEqualTo(e.getValue().asText());
        }
      }
    }
    if (expect.has("groupsNotMet")) {
      List<String> groups = new ArrayList<>();
      expect.get("groupsNotMet").forEach(g -> groups.add(g.asText()));
      assertThat(m.orElseThrow().groupsNotMet()).as(why).containsExactlyElementsOf(groups);
    }
    if (expect.has("sentence")) {
      assertThat(m.orElseThrow().worklistEntry()).as(why).isNotNull();
      assertThat(m.orElseThrow().worklistEntry().sentence())
          .as(why)
          .isEqualTo(expect.get("sentence").asText());
    }
    if (expect.has("worklist")) {
      boolean on = m.isPresent() && m.get().worklistEntry() != null;
      assertThat(on).as(why + "\n  on the worklist").isEqualTo(expect.get("worklist").asBoolean());
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
