package nl.spiegelbeeld.benchmark.comparison;

import static nl.spiegelbeeld.benchmark.support.Reports.OST04;
import static nl.spiegelbeeld.benchmark.support.TestService.AUDIENCE;
import static nl.spiegelbeeld.benchmark.support.TestService.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.support.PracticeKey;
import nl.spiegelbeeld.benchmark.support.Reports;
import nl.spiegelbeeld.benchmark.support.TestService;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparisons on stored submissions, against hand-computed figures: a group by name with one
 * practice suppressed, a group without names, trends, and the regional disclosure rule.
 */
class ComparisonIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUERY = "measure=" + OST04 + "%7C1.0.0&period=2025-11-24/2026-11-23";

  @TempDir static Path directory;

  private static TestService service;
  private static final List<PracticeKey> P = new ArrayList<>();
  private static long oost;
  private static long west;
  private static long solo;

  @BeforeAll
  static void start() throws Exception {
    service = TestService.start(directory.resolve("pg"));
    String[] names = {"De Linde", "Noord", "Zuid", "Oost", "Kade", "Haven", "Dijk", "Polder"};
    for (int i = 0; i < names.length; i++) {
      PracticeKey key = PracticeKey.rsa("0300000" + (i + 1));
      P.add(key);
      if (i == 0) {
        service.registerPractice(
            key,
            names[i],
            directory,
            "--list-size",
            "3200",
            "--sex",
            "female=1650",
            "--sex",
            "male=1548",
            "--sex",
            "other=2");
      } else {
        service.registerPractice(key, names[i], directory);
      }
    }
    oost = service.registerGroup("Wijkgroep Oost", 5, true, agbs(0, 1, 2, 3));
    west = service.registerGroup("Wijkgroep West", 5, false, agbs(4, 5, 6));
    solo = service.registerGroup("Wijkgroep Solo", 5, false, agbs(7));
    Path measures = directory.resolve("measures.json");
    Files.writeString(measures, Reports.bundle(Reports.measure(OST04, "increase", "OST-04")));
    service.registerMeasures(measures);
    submit(0, 40, 30);
    submit(1, 50, 10);
    submit(2, 20, null); // numerator suppressed by the practice
    submit(3, 60, 45);
    submit(4, 20, 20);
    submit(5, 27, 5);
    submit(6, 100, 41);
    submit(7, 10, 10);
    // Noord's voormeting, a year earlier.
    MeasureReport earlier = Reports.report(OST04, P.get(1).agb(), "OST-04", 50, 5);
    earlier.getPeriod().setStartElement(new DateTimeType("2024-11-24"));
    earlier.getPeriod().setEndElement(new DateTimeType("2025-11-23"));
    post(1, earlier);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_group_by_name_shows_every_member_total_median_and_best_ten_percent() throws Exception {
    JsonNode view = get(1, "/groups/" + oost + "/comparisons?" + QUERY);

    assertThat(names(view.get("practices"))).containsExactly("De Linde", "Noord", "Zuid", "Oost");
    JsonNode noord = view.get("practices").get(1);
    assertThat(noord.get("you").asBoolean()).isTrue();
    assertThat(noord.get("numerator").asInt()).isEqualTo(10);
    assertThat(noord.get("denominator").asInt()).isEqualTo(50);
    assertThat(noord.get("percentage").asDouble()).isEqualTo(20.0);
    JsonNode zuid = view.get("practices").get(2);
    assertThat(zuid.get("suppressed").asBoolean()).isTrue();
    assertThat(zuid.get("numerator").isNull()).isTrue();
    // Usable: 30/40, 10/50, 45/60 -> 85/150 = 56.7%.
    assertThat(view.get("total").toString())
        .isEqualTo("{\"numerator\":85,\"denominator\":150,\"percentage\":56.7,\"practices\":3}");
    // Median of 0.20, 0.75, 0.75.
    assertThat(view.get("distribution").get("median").asDouble()).isEqualTo(75.0);
    assertThat(view.get("distribution").get("deciles")).isEmpty();
    // Σd = 150, 10% = 15; Oost (46/62) ranks above De Linde (31/42) and covers 60: 45/60.
    assertThat(view.get("best10").toString())
        .isEqualTo("{\"percentage\":75.0,\"practices\":1,\"leftOutForSuppression\":1}");
  }

  @Test
  void each_practices_trend_shows_its_earlier_period() throws Exception {
    JsonNode view = get(1, "/groups/" + oost + "/comparisons?" + QUERY);

    JsonNode trend = view.get("trends").get(1);
    assertThat(trend.get("practice").asText()).isEqualTo("Noord");
    assertThat(trend.get("periods")).hasSize(2);
    assertThat(trend.get("periods").get(0).get("end").asText()).isEqualTo("2025-11-23");
    assertThat(trend.get("periods").get(0).get("percentage").asDouble()).isEqualTo(10.0);
    assertThat(trend.get("periods").get(1).get("percentage").asDouble()).isEqualTo(20.0);
  }

  @Test
  void practice_context_is_shown_with_small_counts_suppressed() throws Exception {
    JsonNode context =
        get(1, "/groups/" + oost + "/comparisons?" + QUERY).get("practices").get(0).get("context");

    assertThat(context.get("listSize").asInt()).isEqualTo(3200);
    assertThat(context.get("sex").get("female").asInt()).isEqualTo(1650);
    assertThat(context.get("sex").get("other").isNull()).isTrue();
  }

  @Test
  void a_group_without_names_shows_pseudonyms_except_the_callers_own_name() throws Exception {
    JsonNode view = get(4, "/groups/" + west + "/comparisons?" + QUERY);

    assertThat(names(view.get("practices"))).containsExactly("Kade", "Praktijk 2", "Praktijk 3");
    assertThat(view.toString()).doesNotContain("Haven").doesNotContain("Dijk");
  }

  @Test
  void a_regional_view_over_five_or_more_practices_rounds_counts_to_five() throws Exception {
    JsonNode view = get(1, "/comparisons?" + QUERY + "&groups=" + oost + "," + west);

    // Usable: 30/40, 10/50, 45/60, 20/20, 5/27, 41/100: Σx = 151 -> 150, Σd = 297 -> 295.
    assertThat(view.get("disclosed").asBoolean()).isTrue();
    assertThat(view.get("practices").asInt()).isEqualTo(6);
    assertThat(view.get("leftOutForSuppression").asInt()).isEqualTo(1);
    assertThat(view.get("numerator").asLong()).isEqualTo(150);
    assertThat(view.get("denominator").asLong()).isEqualTo(295);
    assertThat(view.get("percentage").asDouble()).isEqualTo(50.8);
    // Sorted 0.185, 0.20, 0.41, 0.75, 0.75, 1.0: h = 2.5 -> 0.41 + 0.5 × 0.34 = 0.58.
    assertThat(view.get("median").asDouble()).isEqualTo(58.0);
    // Σd = 297: Kade 20/20 (21/22) then Oost 45/60 reach 80 >= 29.7: 65/80.
    assertThat(view.get("best10").asDouble()).isEqualTo(81.3);
    assertThat(view.toString()).doesNotContain("Linde").doesNotContain("Kade");
  }

  @Test
  void a_regional_view_over_fewer_than_five_practices_shows_nothing() throws Exception {
    JsonNode view = get(1, "/comparisons?" + QUERY + "&groups=" + west + "," + solo);

    assertThat(view.get("disclosed").asBoolean()).isFalse();
    assertThat(view.get("practices").asInt()).isEqualTo(4);
    assertThat(view.get("numerator").isNull()).isTrue();
    assertThat(view.get("median").isNull()).isTrue();
    assertThat(view.get("reason").asText()).contains("Minder dan 5 praktijken");
  }

  @Test
  void the_national_view_covers_every_practice() throws Exception {
    JsonNode view = get(1, "/comparisons?" + QUERY);

    assertThat(view.get("disclosed").asBoolean()).isTrue();
    assertThat(view.get("practices").asInt()).isEqualTo(7);
  }

  @Test
  void a_regional_view_naming_an_unknown_group_is_refused() {
    HttpResponse<String> response =
        service.get(
            "/comparisons?" + QUERY + "&groups=" + west + ",999",
            P.get(0).assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Er is geen groep met nummer 999");
  }

  @Test
  void a_regional_view_of_one_group_is_refused() {
    HttpResponse<String> response =
        service.get("/comparisons?" + QUERY + "&groups=" + west, P.get(0).assertion(AUDIENCE, NOW));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("meerdere groepen");
  }

  @Test
  void an_unknown_measure_or_a_malformed_period_is_explained() {
    HttpResponse<String> unknown =
        service.get(
            "/groups/"
                + oost
                + "/comparisons?measure="
                + OST04
                + "%7C2.0.0&period=2025-11-24/2026-11-23",
            P.get(0).assertion(AUDIENCE, NOW));
    HttpResponse<String> period =
        service.get(
            "/groups/" + oost + "/comparisons?measure=" + OST04 + "%7C1.0.0&period=2026",
            P.get(0).assertion(AUDIENCE, NOW));

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("versie 2.0.0 niet");
    assertThat(period.statusCode()).isEqualTo(400);
    assertThat(period.body()).contains("period=begin/eind");
  }

  @Test
  void the_accepted_measures_are_listed() throws Exception {
    JsonNode measures = get(0, "/measures");

    assertThat(measures.toString())
        .isEqualTo(
            "[{\"url\":\"https://spiegelbeeld.nl/fhir/Measure/OST-04\",\"version\":\"1.0.0\","
                + "\"title\":\"Indicator OST-04\",\"improvementNotation\":\"increase\","
                + "\"groupCodes\":[\"OST-04\"],"
                + "\"stratifiers\":[\"sex\",\"age-band\",\"age-band-shared\",\"treatment-status\"]}]");
  }

  private static String[] agbs(int... indexes) {
    String[] agbs = new String[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      agbs[i] = P.get(indexes[i]).agb();
    }
    return agbs;
  }

  private static void submit(int practice, int d, Integer x) {
    post(practice, Reports.report(OST04, P.get(practice).agb(), "OST-04", d, x));
  }

  private static void post(int practice, MeasureReport report) {
    HttpResponse<String> response =
        service.post(
            "/fhir/MeasureReport", Reports.json(report), P.get(practice).assertion(AUDIENCE, NOW));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static JsonNode get(int practice, String path) throws Exception {
    HttpResponse<String> response = service.get(path, P.get(practice).assertion(AUDIENCE, NOW));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> names(JsonNode practices) {
    List<String> names = new ArrayList<>();
    practices.forEach(p -> names.add(p.get("practice").asText()));
    return names;
  }
}
