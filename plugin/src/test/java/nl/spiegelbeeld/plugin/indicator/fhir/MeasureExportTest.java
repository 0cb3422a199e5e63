package nl.spiegelbeeld.plugin.indicator.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.TablePatients;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.Run;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

class MeasureExportTest {

  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final LocalDate P = LocalDate.of(2026, 11, 23);
  private static final Date NOW = Date.from(Instant.parse("2026-11-24T08:00:00Z"));
  private static final Reporter REPORTER = new Reporter("01990042", "Huisartsenpraktijk Test");

  @Test
  void every_definition_exports_as_a_measure_with_canonical_url_and_version() {
    for (IndicatorDefinition d : CATALOGUE.definitions()) {
      Measure m = roundTrip(MeasureExport.of(d));

      assertThat(m.getUrl()).isEqualTo("https://spiegelbeeld.nl/fhir/Measure/" + d.id());
      assertThat(m.getVersion()).isEqualTo("1.0.0");
      assertThat(m.getTitle()).isEqualTo(d.title().nl());
      assertThat(m.getDescription()).isEqualTo(d.description());
      assertThat(m.getRelatedArtifact()).hasSameSizeAs(d.sources());
      assertThat(m.getGroupFirstRep().getPopulation())
          .allSatisfy(p -> assertThat(p.getCriteria().getExpression()).startsWith("{\"type\""));
    }
  }

  @Test
  void a_concept_definition_is_a_draft_measure_and_says_concept() {
    Measure ost01 = MeasureExport.of(CATALOGUE.get("OST-01"));
    Measure ost04 = MeasureExport.of(CATALOGUE.get("OST-04"));

    assertThat(ost01.getStatus()).isEqualTo(PublicationStatus.DRAFT);
    assertThat(ost01.getExtensionByUrl(FhirTerms.EXT_DEFINITION_STATUS).getValue().primitiveValue())
        .isEqualTo("concept");
    assertThat(ost04.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
  }

  @Test
  void improvement_notation_is_exported_and_left_out_for_descriptive_indicators() {
    assertThat(
            MeasureExport.of(CATALOGUE.get("OST-04"))
                .getImprovementNotation()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("increase");
    assertThat(
            MeasureExport.of(CATALOGUE.get("OST-06"))
                .getImprovementNotation()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo("decrease");
    assertThat(MeasureExport.of(CATALOGUE.get("OST-07")).hasImprovementNotation()).isFalse();
  }

  @Test
  void populations_are_initial_denominator_numerator_and_measure_population_for_ost_05() {
    assertThat(populations(MeasureExport.of(CATALOGUE.get("OST-04"))))
        .containsExactly("initial-population", "denominator", "numerator");
    assertThat(populations(MeasureExport.of(CATALOGUE.get("OST-05"))))
        .containsExactly("initial-population", "measure-population");
    assertThat(MeasureExport.of(CATALOGUE.get("OST-05")).getScoring().getCodingFirstRep().getCode())
        .isEqualTo("cohort");
  }

  @Test
  void ost_09_has_a_group_per_lab_component_and_stratifiers_are_named() {
    Measure ost09 = MeasureExport.of(CATALOGUE.get("OST-09"));
    Measure nier01 = MeasureExport.of(CATALOGUE.get("NIER-01"));

    assertThat(ost09.getGroup())
        .extracting(g -> g.getCode().getCodingFirstRep().getCode())
        .containsExactly("OST-09", "OST-09a", "OST-09b", "OST-09c", "OST-09d");
    assertThat(nier01.getGroupFirstRep().getStratifier())
        .extracting(s -> s.getCode().getCodingFirstRep().getCode())
        .containsExactly("lowest-egfr-threshold", "sex", "age-band", "age-band-shared");
  }

  @Test
  void a_summary_report_is_deqm_shaped() {
    Evaluation evaluation = evaluation();
    MeasureReport report =
        roundTrip(
            MeasureReportExport.summary(
                evaluation.indicator("OST-04"), evaluation, REPORTER, NOW, false));

    assertThat(report.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
    assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
    assertThat(report.getMeasure()).isEqualTo("https://spiegelbeeld.nl/fhir/Measure/OST-04|1.0.0");
    assertThat(report.getDate()).isEqualTo(NOW);
    assertThat(report.getReporter().getIdentifier().getSystem())
        .isEqualTo("http://fhir.nl/fhir/NamingSystem/agb-z");
    assertThat(report.getReporter().getIdentifier().getValue()).isEqualTo("01990042");
    assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-11-24");
    assertThat(report.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-23");
    MeasureReport.MeasureReportGroupComponent group = report.getGroupFirstRep();
    assertThat(group.getPopulation())
        .extracting(p -> p.getCode().getCodingFirstRep().getCode(), p -> p.getCount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("initial-population", 2),
            org.assertj.core.groups.Tuple.tuple("denominator", 2),
            org.assertj.core.groups.Tuple.tuple("numerator", 1));
    assertThat(group.getMeasureScore().getValue()).isEqualByComparingTo("0.5");
    assertThat(group.getStratifier())
        .extracting(s -> s.getCodeFirstRep().getCodingFirstRep().getCode())
        .containsExactly("sex", "age-band", "age-band-shared", "treatment-status");
  }

  @Test
  void the_shareable_summary_keeps_only_sex_and_the_shared_age_bands() {
    Evaluation evaluation = evaluation();
    MeasureReport report =
        MeasureReportExport.summary(
            evaluation.indicator("OST-04"), evaluation, REPORTER, NOW, true);

    assertThat(report.getGroupFirstRep().getStratifier())
        .extracting(s -> s.getCodeFirstRep().getCodingFirstRep().getCode())
        .containsExactly("sex", "age-band-shared");
  }

  @Test
  void a_nierfunctie_report_says_its_lab_window_is_730_days() {
    Evaluation evaluation = evaluation();
    MeasureReport report =
        MeasureReportExport.summary(
            evaluation.indicator("NIER-01"), evaluation, REPORTER, NOW, false);

    assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2025-11-24");
    var window =
        (org.hl7.fhir.r4.model.Period)
            report.getExtensionByUrl(FhirTerms.EXT_LAB_WINDOW).getValue();
    assertThat(window.getStartElement().getValueAsString()).isEqualTo("2024-11-24");
    assertThat(report.getExtensionByUrl(FhirTerms.EXT_NOTE).getValue().primitiveValue())
        .contains("730 dagen");
  }

  @Test
  void a_shareable_report_carries_the_lab_window_but_no_free_text_note() {
    Evaluation evaluation = evaluation();
    MeasureReport report =
        MeasureReportExport.summary(
            evaluation.indicator("NIER-01"), evaluation, REPORTER, NOW, true);

    assertThat(report.getExtensionByUrl(FhirTerms.EXT_LAB_WINDOW)).isNotNull();
    assertThat(report.getExtensionByUrl(FhirTerms.EXT_NOTE)).isNull();
  }

  @Test
  void a_subject_list_report_refers_to_the_patients_of_each_population() {
    Evaluation evaluation = evaluation();
    MeasureReport report =
        roundTrip(
            MeasureReportExport.subjectList(
                evaluation.indicator("OST-04"), evaluation, REPORTER, NOW));

    assertThat(report.getType()).isEqualTo(MeasureReport.MeasureReportType.SUBJECTLIST);
    MeasureReport.MeasureReportGroupPopulationComponent numerator =
        report.getGroupFirstRep().getPopulation().get(2);
    String listId = numerator.getSubjectResults().getReference().substring(1);
    ListResource list =
        (ListResource)
            report.getContained().stream()
                .filter(r -> r.getIdElement().getIdPart().equals(listId))
                .findFirst()
                .orElseThrow();
    assertThat(list.getEntry())
        .extracting(e -> e.getItem().getReference())
        .containsExactly("Patient/p2");
  }

  private static Evaluation evaluation() {
    Run run =
        new Engine(CATALOGUE)
            .start(new Practice(Set.of("Organization/org-eigen"), Set.of(), false), P);
    run.add(
        TablePatients.patient(
            "p1",
            """
            {"patient": {"birthDate": "1950-03-01"}, "problems": [{"code": "L95", "onset": "2020-02-01"}],
             "labs": [{"analyte": "egfr", "date": "2025-06-01", "value": 50},
                      {"analyte": "egfr", "date": "2026-06-01", "value": 45}]}
            """));
    run.add(
        TablePatients.patient(
            "p2",
            """
            {"patient": {"birthDate": "1948-03-01"}, "problems": [{"code": "L95", "onset": "2021-02-01"}],
             "agreements": [{"atc": "M05BA04", "start": "2026-01-01", "end": "2026-12-31"}]}
            """));
    return run.finish();
  }

  private static List<String> populations(Measure m) {
    return m.getGroupFirstRep().getPopulation().stream()
        .map(p -> p.getCode().getCodingFirstRep().getCode())
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static <T extends org.hl7.fhir.r4.model.Resource> T roundTrip(T resource) {
    return (T) JSON.parseResource(resource.getClass(), JSON.encodeResourceToString(resource));
  }
}
