package nl.spiegelbeeld.benchmark.submission;

import static nl.spiegelbeeld.benchmark.support.Reports.BASE;
import static nl.spiegelbeeld.benchmark.support.Reports.OST04;
import static nl.spiegelbeeld.benchmark.support.Reports.OST06;
import static nl.spiegelbeeld.benchmark.support.Reports.mask;
import static nl.spiegelbeeld.benchmark.support.Reports.ost04;
import static nl.spiegelbeeld.benchmark.support.Reports.stratum;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.spiegelbeeld.benchmark.support.PracticeKey;
import nl.spiegelbeeld.benchmark.support.Reports;
import nl.spiegelbeeld.benchmark.support.TestService;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Receiving summary MeasureReports: every validation rule, idempotent re-submission, bundles. */
class SubmissionIT {

  @TempDir static Path directory;

  private static TestService service;
  private static final PracticeKey A = PracticeKey.rsa("01000001");
  private static final PracticeKey B = PracticeKey.ec("01000002");
  private static final PracticeKey C = PracticeKey.rsa("01000003");

  @BeforeAll
  static void start() throws Exception {
    service = TestService.start(directory.resolve("pg"));
    service.registerPractice(A, "De Linde", directory);
    service.registerPractice(B, "Noord", directory);
    service.registerPractice(C, "Zuid", directory);
    service.registerGroup("Wijkgroep Oost", 5, true, A.agb(), B.agb(), C.agb());
    Path measures = directory.resolve("measures.json");
    Files.writeString(
        measures,
        Reports.bundle(
            Reports.measure(OST04, "increase", "OST-04"),
            Reports.measure(OST06, "decrease", "OST-06")));
    service.registerMeasures(measures);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused(
            "an unknown version",
            r -> r.setMeasure(OST04 + "|9.9.9"),
            422,
            "kent indicator https://spiegelbeeld.nl/fhir/Measure/OST-04 versie 9.9.9 niet"),
        refused(
            "an unknown measure",
            r -> r.setMeasure(BASE + "Measure/XYZ-01|1.0.0"),
            422,
            "kent indicator https://spiegelbeeld.nl/fhir/Measure/XYZ-01 versie 1.0.0 niet"),
        refused(
            "a measure without version", r -> r.setMeasure(OST04), 422, "canonieke URL met versie"),
        refused(
            "a reporter without AGB system",
            r -> r.getReporter().getIdentifier().setSystem("urn:oid:2.16.528.1.1007.3.3"),
            422,
            "AGB-code (8 cijfers"),
        refused(
            "another practice as reporter",
            r -> r.getReporter().getIdentifier().setValue("01000002"),
            403,
            "andere praktijk (AGB 01000002) dan de aangemelde (01000001)"),
        refused(
            "a numerator above its denominator",
            r -> r.getGroupFirstRep().getPopulation().get(2).setCount(45),
            422,
            "OST-04: de teller (45) is groter dan de noemer (40)."),
        refused(
            "a negative count",
            r -> stratum(r, 0, "other").getPopulation().get(0).setCount(-1),
            422,
            "OST-04, geslacht anders, initiële populatie: een aantal kan niet negatief zijn (-1)."),
        refused(
            "strata that do not add up",
            r -> stratum(r, 0, "female").getPopulation().get(1).setCount(26),
            422,
            "OST-04, geslacht: de strata tellen voor de noemer op tot 41, niet tot 40."),
        refused(
            "a cell between 1 and k-1",
            r -> {
              stratum(r, 0, "male").getPopulation().get(1).setCount(12);
              stratum(r, 0, "male").getPopulation().get(0).setCount(12);
              stratum(r, 0, "other").getPopulation().get(1).setCount(3);
              stratum(r, 0, "other").getPopulation().get(0).setCount(3);
            },
            422,
            "OST-04, geslacht anders, noemer: 3 ligt tussen 1 en 4 (k = 5) en moet onderdrukt"),
        refused(
            "denominator minus numerator between 1 and k-1",
            r -> {
              stratum(r, 0, "female").getPopulation().get(2).setCount(21);
              stratum(r, 0, "male").getPopulation().get(2).setCount(0);
              stratum(r, 0, "male").getPopulation().get(1).setCount(15);
            },
            422,
            "OST-04, geslacht vrouw: noemer − teller = 4 ligt tussen 1 en 4 (k = 5)"),
        refused(
            "a suppressed cell that the total gives away",
            r -> {
              // female 25, male 12, other masked: 40 - 37 = 3 recomputed.
              stratum(r, 0, "female").getPopulation().get(2).setCount(13);
              stratum(r, 0, "male").getPopulation().get(0).setCount(12);
              stratum(r, 0, "male").getPopulation().get(1).setCount(12);
              stratum(r, 0, "male").getPopulation().get(2).setCount(7);
              mask(stratum(r, 0, "other").getPopulation().get(0).getCountElement());
              mask(stratum(r, 0, "other").getPopulation().get(1).getCountElement());
            },
            422,
            "OST-04, geslacht: de onderdrukte cel van de noemer is terug te rekenen uit het"
                + " totaal (3, kleiner dan k = 5)"),
        refused(
            "a suppressed zero",
            r -> mask(stratum(r, 0, "other").getPopulation().get(2).getCountElement()),
            422,
            "te veel voor 1 onderdrukte cel(len) van minstens 1"),
        refused(
            "a count absent without the masked mark",
            r -> stratum(r, 0, "male").getPopulation().get(2).getCountElement().setValue(null),
            422,
            "OST-04, geslacht man, teller: het aantal ontbreekt"),
        refused(
            "a local stratifier",
            r ->
                r.getGroupFirstRep()
                    .addStratifier()
                    .addCode(
                        new CodeableConcept(
                            new Coding(BASE + "CodeSystem/stratifier", "age-band", null))),
            422,
            "OST-04: stratificatie 'age-band' mag niet gedeeld worden"),
        refused(
            "a fine age band",
            r -> stratum(r, 1, "lt65").getValue().getCodingFirstRep().setCode("40-49"),
            422,
            "OST-04, leeftijdsgroep: stratum '40-49' mag niet gedeeld worden; toegestaan: lt65,"
                + " 65-79, 80+, unknown."),
        refused(
            "a two-dimensional stratum",
            r ->
                stratum(r, 0, "female")
                    .addComponent()
                    .setCode(
                        new CodeableConcept(
                            new Coding(BASE + "CodeSystem/stratifier", "age-band", null)))
                    .setValue(
                        new CodeableConcept(
                            new Coding(BASE + "CodeSystem/stratum/age-band", "40-49", null))),
            422,
            "stratum 'female' mag niet gedeeld worden"),
        refused(
            "a subject",
            r -> r.setSubject(new Reference("Patient/p1")),
            422,
            "OST-04: subject (een patiënt of groep) hoort niet in een gedeeld rapport"),
        refused(
            "an evaluated resource",
            r -> r.addEvaluatedResource(new Reference("Condition/c1")),
            422,
            "OST-04: evaluatedResource hoort niet in een gedeeld rapport"),
        refused(
            "a contained resource",
            r -> r.addContained(new Patient().setBirthDate(new java.util.Date()).setId("p")),
            422,
            "OST-04: bijgevoegde resources (contained) hoort niet in een gedeeld rapport"),
        refused(
            "a narrative",
            r -> {
              Narrative text = new Narrative();
              text.setStatus(Narrative.NarrativeStatus.GENERATED);
              text.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Jansen</div>");
              r.setText(text);
            },
            422,
            "OST-04: tekst (narrative) hoort niet in een gedeeld rapport"),
        refused(
            "a free-text note",
            r ->
                r.addExtension(
                    new Extension(
                        BASE + "StructureDefinition/report-note", new StringType("mevr. Jansen"))),
            422,
            "OST-04: vrije tekst (report-note) wordt niet gedeeld"),
        refused(
            "an unknown extension",
            r ->
                r.addExtension(
                    new Extension("https://example.nl/patient-name", new StringType("Jansen"))),
            422,
            "de extensie https://example.nl/patient-name wordt niet aangenomen"),
        refused(
            "a subject list",
            r ->
                r.getGroupFirstRep()
                    .getPopulation()
                    .get(2)
                    .setSubjectResults(new Reference("List/l1")),
            422,
            "OST-04, teller: een patiëntenlijst (subjectResults) wordt nooit gedeeld."),
        refused(
            "a subject-list report",
            r -> r.setType(MeasureReport.MeasureReportType.SUBJECTLIST),
            422,
            "alleen samenvattende rapporten (type summary)"),
        refused(
            "an incomplete report",
            r -> r.setStatus(MeasureReport.MeasureReportStatus.PENDING),
            422,
            "alleen een volledig rapport (status complete)"),
        refused(
            "a period that is not a date",
            r -> r.getPeriod().setEndElement(new DateTimeType("2026-11")),
            422,
            "OST-04: period.end moet een datum zijn (JJJJ-MM-DD), niet '2026-11'."),
        refused(
            "a group of another measure",
            r -> r.getGroupFirstRep().getCode().getCodingFirstRep().setCode("OST-09a"),
            422,
            "OST-04: groep 'OST-09a' hoort niet bij"));
  }

  private static Arguments refused(
      String what, Consumer<MeasureReport> change, int status, String diagnostics) {
    return Arguments.of(what, change, status, diagnostics);
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusals")
  void a_report_breaking_a_rule_is_refused_with_an_operation_outcome_and_nothing_is_stored(
      String what, Consumer<MeasureReport> change, int status, String diagnostics) {
    MeasureReport report = ost04(A.agb());
    change.accept(report);
    String before = submissions();

    HttpResponse<String> response = submit(A, Reports.json(report));

    assertThat(response.statusCode()).as(what).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/fhir+json"));
    assertThat(response.body())
        .contains("\"resourceType\":\"OperationOutcome\"")
        .contains("\"severity\":\"error\"")
        .contains(diagnostics);
    assertThat(submissions()).isEqualTo(before);
  }

  @Test
  void a_valid_report_is_stored_with_codes_and_counts_only() {
    HttpResponse<String> response = submit(B, Reports.json(ost04(B.agb())));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"severity\":\"information\"")
        .contains("OST-04 versie 1.0.0, periode 24-11-2025 t/m 23-11-2026: opgeslagen.");
    String stored =
        service.query(
            "SELECT s.measure_report::text FROM submissions s JOIN practices p ON p.id ="
                + " s.practice_id WHERE p.agb_code = '01000002' AND s.superseded_at IS NULL");
    assertThat(stored).contains("\"count\": 40").doesNotContain("Huisartsenpraktijk");
    assertThat(
            service.query(
                "SELECT r.denominator || '/' || r.numerator FROM submission_results r JOIN"
                    + " submissions s ON s.id = r.submission_id JOIN practices p ON p.id ="
                    + " s.practice_id WHERE p.agb_code = '01000002'"))
        .isEqualTo("40/20");
  }

  @Test
  void suppressed_cells_marked_masked_are_accepted() {
    MeasureReport report = ost04(C.agb());
    mask(stratum(report, 0, "female").getPopulation().get(2).getCountElement());
    mask(stratum(report, 0, "male").getPopulation().get(2).getCountElement());

    HttpResponse<String> response = submit(C, Reports.json(report));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @Test
  void re_sending_the_same_period_replaces_the_earlier_submission_and_keeps_it_for_audit() {
    PracticeKey d = PracticeKey.rsa("01000004");
    service.registerPractice(d, "Oost", directory);
    assertThat(submit(d, Reports.json(ost04(d.agb()))).statusCode()).isEqualTo(200);
    MeasureReport corrected = ost04(d.agb());
    corrected.getGroupFirstRep().getPopulation().get(2).setCount(21);
    stratum(corrected, 0, "female").getPopulation().get(2).setCount(13);
    stratum(corrected, 1, "65-79").getPopulation().get(2).setCount(11);

    HttpResponse<String> response = submit(d, Reports.json(corrected));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("opgeslagen; vervangt de eerdere inzending.");
    assertThat(
            service.query(
                "SELECT string_agg((s.superseded_at IS NULL)::text || ':' || r.numerator, ','"
                    + " ORDER BY s.id) FROM submissions s JOIN submission_results r ON"
                    + " r.submission_id = s.id JOIN practices p ON p.id = s.practice_id WHERE"
                    + " p.agb_code = '01000004'"))
        .as("history kept, the correction current")
        .isEqualTo("false:20,true:21");
  }

  @Test
  void a_bundle_is_stored_all_or_nothing() {
    PracticeKey e = PracticeKey.ec("01000005");
    service.registerPractice(e, "Centrum", directory);
    MeasureReport bad = Reports.report(OST06, e.agb(), "OST-06", 30, 31);
    String before = submissions();

    HttpResponse<String> refused =
        service.post(
            "/fhir",
            Reports.bundle(ost04(e.agb()), bad),
            e.assertion(TestService.AUDIENCE, TestService.NOW));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Bundle.entry[1].resource.group[0].population")
        .contains("OST-06: de teller (31) is groter dan de noemer (30).");
    assertThat(submissions()).isEqualTo(before);

    HttpResponse<String> stored =
        service.post(
            "/fhir",
            Reports.bundle(ost04(e.agb()), Reports.report(OST06, e.agb(), "OST-06", 30, 10)),
            e.assertion(TestService.AUDIENCE, TestService.NOW));

    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(
            service.query(
                "SELECT count(*) FROM submissions s JOIN practices p ON p.id = s.practice_id"
                    + " WHERE p.agb_code = '01000005'"))
        .isEqualTo("2");
  }

  @Test
  void a_bundle_with_the_same_indicator_and_period_twice_is_refused() {
    HttpResponse<String> response =
        service.post(
            "/fhir",
            Reports.bundle(ost04(A.agb()), ost04(A.agb())),
            A.assertion(TestService.AUDIENCE, TestService.NOW));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("deze indicator en periode staan twee keer in de bundel");
  }

  @Test
  void a_body_that_is_not_a_measure_report_is_refused_as_malformed() {
    HttpResponse<String> response =
        submit(
            A,
            Reports.json(ost04(A.agb())).replace("\"status\"", "\"patientName\":\"x\",\"status\""));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("geen geldige FHIR R4 JSON MeasureReport");
  }

  @Test
  void a_bundle_that_is_not_a_collection_is_refused() {
    String transaction =
        Reports.bundle(ost04(A.agb())).replace("\"collection\"", "\"transaction\"");

    HttpResponse<String> response =
        service.post("/fhir", transaction, A.assertion(TestService.AUDIENCE, TestService.NOW));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Bundle van type collection");
  }

  private static HttpResponse<String> submit(PracticeKey key, String body) {
    return service.post(
        "/fhir/MeasureReport", body, key.assertion(TestService.AUDIENCE, TestService.NOW));
  }

  private static String submissions() {
    return service.query("SELECT count(*) || ':' || count(superseded_at) FROM submissions");
  }
}
