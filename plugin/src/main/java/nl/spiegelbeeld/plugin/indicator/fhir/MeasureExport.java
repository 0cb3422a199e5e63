package nl.spiegelbeeld.plugin.indicator.fhir;

import java.util.Map;
import nl.spiegelbeeld.plugin.indicator.definition.Choice;
import nl.spiegelbeeld.plugin.indicator.definition.Group;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.definition.Scoring;
import nl.spiegelbeeld.plugin.indicator.definition.SourceCitation;
import nl.spiegelbeeld.plugin.indicator.definition.Status;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.StringType;

/**
 * An indicator definition as a FHIR R4 {@code Measure}: canonical URL {@code
 * https://spiegelbeeld.nl/fhir/Measure/<id>} with the version, status ({@code concept} → {@code
 * draft}), Dutch title (English as translation), description, sources as citations, scoring,
 * improvement notation, the parameters and choices as guidance, and one group per indicator group
 * with its populations (the criterion as written, JSON) and stratifiers.
 */
public final class MeasureExport {

  /** The expression language of the criteria: the catalogue's own JSON vocabulary. */
  static final String CRITERION_LANGUAGE = "application/vnd.spiegelbeeld.criterion+json";

  private MeasureExport() {}

  public static Measure of(IndicatorDefinition d) {
    Measure m = new Measure();
    m.setId(d.id());
    m.setUrl(d.canonicalUrl());
    m.setVersion(d.version());
    m.setName(d.id().replace("-", "_"));
    m.setTitle(d.title().nl());
    Extension translation = new Extension(FhirTerms.TRANSLATION);
    translation.addExtension(new Extension("lang", new CodeType("en")));
    translation.addExtension(new Extension("content", new StringType(d.title().en())));
    m.getTitleElement().addExtension(translation);
    m.setStatus(d.status() == Status.ACTIVE ? PublicationStatus.ACTIVE : PublicationStatus.DRAFT);
    m.addExtension(FhirTerms.definitionStatus(d));
    m.addExtension(new Extension(FhirTerms.EXT_RATE_BASE, new IntegerType(d.rateBase())));
    m.setExperimental(d.status() != Status.ACTIVE);
    m.setPublisher("Spiegelbeeld");
    m.setLanguage("nl");
    m.setDescription(d.description());
    m.setGuidance(guidance(d));
    for (SourceCitation s : d.sources()) {
      m.addRelatedArtifact()
          .setType(RelatedArtifact.RelatedArtifactType.CITATION)
          .setCitation(s.text())
          .setUrl(s.url());
    }
    m.setScoring(
        new CodeableConcept(new Coding(FhirTerms.MEASURE_SCORING, d.scoring().json(), null)));
    m.setImprovementNotation(FhirTerms.improvementNotation(d));
    addGroup(m, d, d.id(), d.title().nl(), d.criteriaJson().get("numerator"));
    for (Group g : d.groups()) {
      addGroup(m, d, g.code(), g.title(), d.criteriaJson().get(g.code()));
    }
    return m;
  }

  private static void addGroup(
      Measure m, IndicatorDefinition d, String code, String title, String numeratorJson) {
    Measure.MeasureGroupComponent group = m.addGroup();
    group.setCode(new CodeableConcept(new Coding(FhirTerms.GROUP_SYSTEM, code, title)));
    group.setDescription(title);
    Map<String, String> json = d.criteriaJson();
    population(group, "initial-population", json.get("initial-population"), initialText(d));
    if (d.scoring() == Scoring.COHORT) {
      population(
          group,
          "measure-population",
          json.get("measure-population"),
          d.measurePopulation().describe());
    } else {
      population(
          group,
          "denominator",
          json.getOrDefault("denominator", json.get("initial-population")),
          d.denominator() == null ? "de initiële populatie" : d.denominator().describe());
      if (!d.exclusions().isEmpty()) {
        population(group, "denominator-exclusion", "[]", "exclusies");
      }
      population(group, "numerator", numeratorJson, d.numerator().describe());
    }
    for (Stratifier s : d.strata()) {
      Measure.MeasureGroupStratifierComponent st = group.addStratifier();
      st.setCode(new CodeableConcept(new Coding(FhirTerms.STRATIFIER_SYSTEM, s.id(), s.title())));
      st.setDescription(s.title() + (s.shared() ? " (mag gedeeld worden)" : " (alleen lokaal)"));
    }
  }

  private static String initialText(IndicatorDefinition d) {
    return "praktijkpopulatie op de peildatum (ingeschreven, actief, niet overleden) en "
        + d.initialPopulation().describe();
  }

  private static void population(
      Measure.MeasureGroupComponent group, String code, String json, String description) {
    group
        .addPopulation()
        .setCode(FhirTerms.population(code))
        .setDescription(description)
        .setCriteria(
            new Expression()
                .setLanguage(CRITERION_LANGUAGE)
                .setExpression(json)
                .setDescription(description));
  }

  /** Parameters and choices, as Markdown. */
  static String guidance(IndicatorDefinition d) {
    StringBuilder s = new StringBuilder();
    var p = d.parameters();
    s.append("**Parameters**\n\n");
    s.append("- meetperiode: ")
        .append(p.measurementPeriod().length())
        .append(" tot en met de peildatum P ([P − 364, P] bij P365D)\n");
    s.append("- toegestane onderbreking G: ").append(p.gapDays()).append(" dagen\n");
    if (p.labWindow() != null) {
      s.append("- labvenster: ")
          .append(p.labWindow().length())
          .append(" tot en met de peildatum P ([P − 729, P] bij P730D)\n");
    }
    s.append("- standaardbehandelduur: ")
        .append(p.standardDuration().shorterYears())
        .append(" jaar voor ")
        .append(p.standardDuration().shorterAgents().name())
        .append(", anders ")
        .append(p.standardDuration().years())
        .append(" jaar (fhir-mappings StandardTreatmentDuration.standard)\n");
    s.append("- standaarddekking zonder gebruiksperiode: fhir-mappings DefaultCoverage.standard (")
        .append(p.defaultCoverage().otherDays())
        .append(" dagen tenzij anders per middel)\n");
    if (!d.choices().isEmpty()) {
      s.append("\n**Keuzes**\n\n");
      for (Choice c : d.choices()) {
        s.append("- ")
            .append(c.topic())
            .append(": ")
            .append(c.choice())
            .append(" Reden: ")
            .append(c.reason())
            .append('\n');
      }
    }
    return s.toString();
  }
}
