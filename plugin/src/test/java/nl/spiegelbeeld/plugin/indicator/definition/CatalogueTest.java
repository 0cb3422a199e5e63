package nl.spiegelbeeld.plugin.indicator.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;
import org.junit.jupiter.api.Test;

class CatalogueTest {

  private static final Terminology TERMINOLOGY = Terminology.shipped();

  @Test
  void every_shipped_definition_loads_and_passes_every_check() {
    Catalogue catalogue = Catalogue.load(TERMINOLOGY);

    assertThat(catalogue.definitions())
        .extracting(IndicatorDefinition::id)
        .containsExactly(
            "OST-01", "OST-02", "OST-03", "OST-04", "OST-05", "OST-06", "OST-07", "OST-08",
            "OST-09", "OST-10", "NIER-01", "NIER-02", "NIER-03");
    assertThat(catalogue.modules()).containsExactly("osteoporose", "nierfunctie");
    assertThat(catalogue.definitions()).allSatisfy(d -> assertThat(d.version()).isEqualTo("1.0.0"));
  }

  @Test
  void statuses_follow_indicators_md_concept_for_ost_01_to_03_and_ost_09() {
    Map<String, Status> status =
        Catalogue.load(TERMINOLOGY).definitions().stream()
            .collect(Collectors.toMap(IndicatorDefinition::id, IndicatorDefinition::status));

    assertThat(status)
        .containsEntry("OST-01", Status.CONCEPT)
        .containsEntry("OST-02", Status.CONCEPT)
        .containsEntry("OST-03", Status.CONCEPT)
        .containsEntry("OST-09", Status.CONCEPT);
    assertThat(status.entrySet().stream().filter(e -> e.getValue() == Status.CONCEPT)).hasSize(4);
  }

  @Test
  void improvement_notations_are_exactly_those_of_indicators_md() {
    Map<String, ImprovementNotation> notation =
        Catalogue.load(TERMINOLOGY).definitions().stream()
            .collect(
                Collectors.toMap(
                    IndicatorDefinition::id, IndicatorDefinition::improvementNotation));

    assertThat(notation)
        .containsEntry("OST-04", ImprovementNotation.INCREASE)
        .containsEntry("OST-08", ImprovementNotation.INCREASE)
        .containsEntry("OST-09", ImprovementNotation.INCREASE)
        .containsEntry("OST-06", ImprovementNotation.DECREASE)
        .containsEntry("OST-10", ImprovementNotation.DECREASE)
        .containsEntry("NIER-01", ImprovementNotation.DECREASE)
        .containsEntry("NIER-02", ImprovementNotation.DECREASE);
    for (String id : List.of("OST-01", "OST-02", "OST-03", "OST-05", "OST-07", "NIER-03")) {
      assertThat(notation).containsEntry(id, ImprovementNotation.NONE);
    }
  }

  @Test
  void every_definition_cites_a_source_and_has_a_dutch_description() {
    assertThat(Catalogue.load(TERMINOLOGY).definitions())
        .allSatisfy(
            d -> {
              assertThat(d.sources()).isNotEmpty();
              assertThat(d.description()).isNotBlank();
              assertThat(d.title().nl()).isNotBlank();
              assertThat(d.title().en()).isNotBlank();
            });
  }

  @Test
  void worklists_are_the_ones_indicators_md_names() {
    Catalogue catalogue = Catalogue.load(TERMINOLOGY);

    assertThat(catalogue.get("OST-04").worklist().title())
        .isEqualTo("Osteoporose zonder fractuurpreventie");
    assertThat(catalogue.get("OST-04").worklist().members())
        .isEqualTo(WorklistDefinition.Members.DENOMINATOR_WITHOUT_NUMERATOR);
    assertThat(catalogue.get("OST-07").worklist().title())
        .isEqualTo("Bisfosfonaat > 5 jaar: herbeoordelen");
    assertThat(catalogue.get("OST-07").worklist().members())
        .isEqualTo(WorklistDefinition.Members.NUMERATOR);
    assertThat(catalogue.get("NIER-01").worklist().title()).isEqualTo("eGFR < 60 zonder U99.01");
    for (String id : List.of("OST-01", "OST-02", "OST-03", "OST-05", "NIER-03")) {
      assertThat(catalogue.get(id).worklist()).as(id).isNull();
    }
  }

  @Test
  void every_json_file_in_the_catalogue_folder_is_listed_in_the_index()
      throws IOException, URISyntaxException {
    Path folder = Path.of(Catalogue.class.getResource(Catalogue.FOLDER).toURI());
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> json =
          files
              .filter(f -> f.toString().endsWith(".json"))
              .map(f -> folder.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
      assertThat(json).containsExactlyInAnyOrderElementsOf(Catalogue.index());
    }
  }

  @Test
  void a_broken_catalogue_is_refused_with_every_problem_named() {
    String broken =
        """
        {
          "id": "OST-04", "module": "osteoporose", "version": "1.0", "status": "final",
          "title": {"nl": "x", "en": "x"},
          "sources": [{"citation": "NHG-Standaard Fractuurpreventie (2024)"}],
          "description": "x", "scoring": "proportion", "improvementNotation": "up",
          "codeLists": ["icpc-osteoporse", "atc-fractuurpreventie"],
          "parameters": {"gapDays": 90, "measurementPeriod": "365 dagen",
                         "defaultCoverage": "30 dagen"},
          "initialPopulation": {"type": "ageAtLeast", "jaren": 40},
          "denominator": {"type": "activeProblem", "codeList": "icpc-osteoporse"},
          "numerator": {"type": "currentUsers", "class": "atc-fractuurpreventie"},
          "exclusions": [],
          "strata": [{"type": "sex"}, {"type": "agent", "class": "icpc-osteoporose"}],
          "choices": []
        }
        """;
    String wrongPlace =
        """
        {
          "id": "OST-11", "module": "osteoporose", "version": "1.0.0", "status": "active",
          "title": {"nl": "x", "en": "x"}, "sources": [{"citation": "x"}],
          "description": "x", "scoring": "proportion", "improvementNotation": "none",
          "codeLists": ["lab-egfr"],
          "parameters": {"measurementPeriod": "P365D"},
          "initialPopulation": {"type": "ageAtLeast", "years": 18},
          "numerator": {"type": "repeatedEgfrBelow", "threshold": 60, "minDaysApart": 90},
          "exclusions": [], "strata": [], "choices": []
        }
        """;

    assertThatThrownBy(
            () ->
                Catalogue.of(
                    TERMINOLOGY,
                    List.of(
                        new Catalogue.Source("osteoporose/OST-04.json", broken),
                        new Catalogue.Source("nierfunctie/OST-11.json", wrongPlace),
                        new Catalogue.Source("osteoporose/OST-12.json", "{ not json"))))
        .isInstanceOfSatisfying(
            CatalogueRefused.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "OST-04: status: must be one of [concept, active], not 'final'",
                        "OST-04: improvementNotation: must be one of"
                            + " [increase, decrease, none], not 'up'",
                        "OST-04: parameters.measurementPeriod: not an ISO-8601 period of more"
                            + " than zero days: '365 dagen'",
                        "OST-04: parameters: defaultCoverage must be"
                            + " 'fhir-mappings:DefaultCoverage.standard' (the mapping applies it),"
                            + " not '30 dagen'",
                        "OST-04: initialPopulation: unknown field 'jaren'",
                        "OST-04: initialPopulation.years: missing",
                        "OST-04: numerator: unknown criterion type 'currentUsers'; known: "
                            + CriterionTypes.types(),
                        "OST-11: file nierfunctie/OST-11.json must be osteoporose/OST-11.json",
                        "OST-11: parameters.labWindow is needed by the eGFR criteria")
                    .anyMatch(p -> p.startsWith("osteoporose/OST-12.json: not valid JSON"))
                    .contains(
                        "OST-04: unknown code list 'icpc-osteoporse'",
                        "OST-04: version must be MAJOR.MINOR.PATCH, not '1.0'",
                        "OST-04: code list 'icpc-osteoporose' is not a medication class (ATC"
                            + " codes) but is used as one"));
  }

  @Test
  void an_unknown_code_list_is_named_with_the_indicator() {
    String json =
        Catalogue.index().stream()
            .filter(path -> path.endsWith("OST-04.json"))
            .map(CatalogueTest::shipped)
            .findFirst()
            .orElseThrow()
            .replace("\"codeList\": \"icpc-osteoporose\"", "\"codeList\": \"icpc-osteoporse\"");

    assertThatThrownBy(
            () ->
                Catalogue.of(
                    TERMINOLOGY, List.of(new Catalogue.Source("osteoporose/OST-04.json", json))))
        .isInstanceOfSatisfying(
            CatalogueRefused.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        "OST-04: unknown code list 'icpc-osteoporse'",
                        "OST-04: code list 'icpc-osteoporose' is declared but not used"));
  }

  @Test
  void a_code_list_used_for_the_wrong_thing_is_refused() {
    String json =
        shipped("osteoporose/OST-05.json")
            .replace(
                "\"type\": \"agent\",\n      \"class\": \"atc-fractuurpreventie\"",
                "\"type\": \"agent\",\n      \"class\": \"icpc-osteoporose\"")
            .replace(
                "\"atc-fractuurpreventie\"\n  ]",
                "\"atc-fractuurpreventie\", \"icpc-osteoporose\"\n  ]");

    assertThatThrownBy(
            () ->
                Catalogue.of(
                    TERMINOLOGY, List.of(new Catalogue.Source("osteoporose/OST-05.json", json))))
        .isInstanceOfSatisfying(
            CatalogueRefused.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "OST-05: code list 'icpc-osteoporose' is not a medication class (ATC"
                            + " codes) but is used as one"));
  }

  @Test
  void the_same_indicator_twice_is_refused() {
    String json = shipped("osteoporose/OST-01.json");

    assertThatThrownBy(
            () ->
                Catalogue.of(
                    TERMINOLOGY,
                    List.of(
                        new Catalogue.Source("osteoporose/OST-01.json", json),
                        new Catalogue.Source("osteoporose/OST-01.json", json))))
        .isInstanceOfSatisfying(
            CatalogueRefused.class,
            e -> assertThat(e.problems()).containsExactly("OST-01: defined twice"));
  }

  static String shipped(String path) {
    try (var in = Catalogue.class.getResourceAsStream(Catalogue.FOLDER + path)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
