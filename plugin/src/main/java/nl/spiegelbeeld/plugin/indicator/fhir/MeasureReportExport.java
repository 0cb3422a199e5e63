package nl.spiegelbeeld.plugin.indicator.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.definition.Scoring;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.GroupResult;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.engine.StratifierResult;
import nl.spiegelbeeld.plugin.indicator.engine.StratumResult;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Indicator results as FHIR R4 {@code MeasureReport}s (indicators.md §4):
 *
 * <ul>
 *   <li>{@link #summary}: DEQM-style summary report: status complete, type summary, the Measure's
 *       canonical with version, date, reporter Organization with AGB identifier, period = the
 *       measurement period {@code [P − 364, P]}, populations and stratifiers per group. Module
 *       nierfunctie says in an extension that its eGFR window is {@code [P − 729, P]}. With {@code
 *       sharedStratifiersOnly} only sex and the shared age bands are included: what may leave the
 *       practice after disclosure control (indicators.md §5, applied by the share step); such a
 *       shareable report carries no free text, so the {@code report-note} extension stays local.
 *   <li>{@link #subjectList}: local only, the patients of each population as a contained List of
 *       Patient references. Never shared.
 * </ul>
 *
 * <p>Pure: the report's date is passed in.
 */
public final class MeasureReportExport {

  private MeasureReportExport() {}

  public static MeasureReport summary(
      IndicatorResult result,
      Evaluation evaluation,
      Reporter reporter,
      Date date,
      boolean sharedStratifiersOnly) {
    // The free-text note stays local: the benchmark refuses free text in what is shared.
    MeasureReport report = header(result, evaluation, reporter, date, !sharedStratifiersOnly);
    report.setType(MeasureReport.MeasureReportType.SUMMARY);
    for (GroupResult g : result.groups()) {
      MeasureReport.MeasureReportGroupComponent group = group(report, result.definition(), g);
      for (StratifierResult s : g.stratifiers()) {
        if (sharedStratifiersOnly && !s.shared()) {
          continue;
        }
        MeasureReport.MeasureReportGroupStratifierComponent st = group.addStratifier();
        st.addCode(new CodeableConcept(new Coding(FhirTerms.STRATIFIER_SYSTEM, s.id(), s.title())));
        st.addExtension(new Extension(FhirTerms.EXT_SHARED, new BooleanType(s.shared())));
        for (StratumResult stratum : s.strata()) {
          MeasureReport.StratifierGroupComponent sg = st.addStratum();
          sg.setValue(
              new CodeableConcept(
                      new Coding(
                          FhirTerms.STRATUM_SYSTEM + "/" + s.id(), stratum.code(), stratum.label()))
                  .setText(stratum.label()));
          for (String code : populations(result.definition())) {
            sg.addPopulation()
                .setCode(FhirTerms.population(code))
                .setCount(count(stratum.counts(), code));
          }
          score(result.definition(), stratum.counts()).ifPresent(sg::setMeasureScore);
        }
      }
    }
    return report;
  }

  /** The local subject-list report: who is in each population (never leaves the practice). */
  public static MeasureReport subjectList(
      IndicatorResult result, Evaluation evaluation, Reporter reporter, Date date) {
    MeasureReport report = header(result, evaluation, reporter, date, true);
    report.setType(MeasureReport.MeasureReportType.SUBJECTLIST);
    int n = 0;
    for (GroupResult g : result.groups()) {
      MeasureReport.MeasureReportGroupComponent group = group(report, result.definition(), g);
      for (MeasureReport.MeasureReportGroupPopulationComponent population : group.getPopulation()) {
        String code = population.getCode().getCodingFirstRep().getCode();
        ListResource list = new ListResource();
        list.setId("subjects-" + n++);
        list.setStatus(ListResource.ListStatus.CURRENT);
        list.setMode(ListResource.ListMode.SNAPSHOT);
        for (String patient : g.subjects().getOrDefault(code, List.of())) {
          list.addEntry().setItem(new Reference("Patient/" + patient));
        }
        report.addContained(list);
        population.setSubjectResults(new Reference("#" + list.getId()));
      }
    }
    return report;
  }

  private static MeasureReport header(
      IndicatorResult result, Evaluation evaluation, Reporter reporter, Date date, boolean note) {
    IndicatorDefinition d = result.definition();
    MeasureReport report = new MeasureReport();
    report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
    report.setMeasure(d.canonical());
    report.setDate(date);
    report.setReporter(
        new Reference()
            .setType("Organization")
            .setIdentifier(new Identifier().setSystem(CodeSystems.AGB_Z).setValue(reporter.agb()))
            .setDisplay(reporter.name()));
    report.setPeriod(
        new Period()
            .setStartElement(new DateTimeType(evaluation.measurementPeriodStart().toString()))
            .setEndElement(new DateTimeType(evaluation.referenceDate().toString())));
    report.setImprovementNotation(FhirTerms.improvementNotation(d));
    report.addExtension(FhirTerms.definitionStatus(d));
    if (d.parameters().labWindow() != null) {
      LocalDate p = evaluation.referenceDate();
      LocalDate first = d.parameters().labWindow().firstDay(p);
      report.addExtension(
          new Extension(
              FhirTerms.EXT_LAB_WINDOW,
              new Period()
                  .setStartElement(new DateTimeType(first.toString()))
                  .setEndElement(new DateTimeType(p.toString()))));
      long days = ChronoUnit.DAYS.between(first, p) + 1;
      if (!note) {
        return report;
      }
      report.addExtension(
          FhirTerms.note(
              "De periode is de meetperiode [P − 364, P]; de eGFR-waarden komen uit het labvenster"
                  + " van "
                  + days
                  + " dagen ["
                  + first
                  + ", "
                  + p
                  + "]."));
    }
    return report;
  }

  private static MeasureReport.MeasureReportGroupComponent group(
      MeasureReport report, IndicatorDefinition d, GroupResult g) {
    MeasureReport.MeasureReportGroupComponent group = report.addGroup();
    group.setCode(new CodeableConcept(new Coding(FhirTerms.GROUP_SYSTEM, g.code(), g.title())));
    for (String code : populations(d)) {
      group.addPopulation().setCode(FhirTerms.population(code)).setCount(count(g.counts(), code));
    }
    score(d, g.counts()).ifPresent(group::setMeasureScore);
    return group;
  }

  private static List<String> populations(IndicatorDefinition d) {
    if (d.scoring() == Scoring.COHORT) {
      return List.of("initial-population", "measure-population");
    }
    return d.exclusions().isEmpty()
        ? List.of("initial-population", "denominator", "numerator")
        : List.of("initial-population", "denominator", "denominator-exclusion", "numerator");
  }

  private static int count(Counts c, String code) {
    return switch (code) {
      case "initial-population" -> c.initialPopulation();
      case "denominator" -> c.denominator();
      case "denominator-exclusion" -> c.denominatorExclusion();
      case "numerator" -> c.numerator();
      case "measure-population" -> c.measurePopulation();
      default -> throw new IllegalArgumentException(code);
    };
  }

  /** The proportion numerator / denominator for a proportion with a denominator. */
  private static Optional<Quantity> score(IndicatorDefinition d, Counts c) {
    if (d.scoring() != Scoring.PROPORTION || c.denominator() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Quantity()
            .setValue(
                BigDecimal.valueOf(c.numerator())
                    .divide(BigDecimal.valueOf(c.denominator()), 6, RoundingMode.HALF_UP)));
  }
}
