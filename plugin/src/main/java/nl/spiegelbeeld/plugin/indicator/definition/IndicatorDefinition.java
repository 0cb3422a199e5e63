package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;

/**
 * One indicator definition as read from its JSON file in the catalogue ({@code
 * catalogue/<module>/<id>.json}): the data of indicators.md §2/§3 for one row, with its source, its
 * parameters and the choices it makes.
 *
 * <p>Populations: the initial population is the practice population (indicators.md §1) AND {@link
 * #initialPopulation}; the denominator is the initial population AND {@link #denominator} (the
 * whole initial population when it is {@code null}, as for OST-01..03) AND no exclusion; the
 * numerator the denominator AND {@link #numerator}. A cohort (OST-05) has a {@link
 * #measurePopulation} instead of denominator and numerator.
 *
 * @param rateBase how the score is shown: per 100 (%) or per 1,000 (OST-01..03)
 * @param codeLists the code lists the definition uses (checked against what it refers to)
 * @param exclusions criteria that take a patient out of the denominator (none in version 1)
 * @param groups extra groups with a numerator of their own (OST-09a..d)
 * @param worklist the worklist, or {@code null}
 * @param criteriaJson the JSON of each population's criterion as written, by FHIR population code
 *     ({@code initial-population}, {@code denominator}, {@code numerator}, {@code
 *     measure-population}) and by extra group code for its numerator; for the exported Measure
 */
public record IndicatorDefinition(
    String id,
    String module,
    String version,
    Status status,
    LocalizedText title,
    List<SourceCitation> sources,
    String description,
    Scoring scoring,
    ImprovementNotation improvementNotation,
    int rateBase,
    List<String> codeLists,
    Parameters parameters,
    Criterion initialPopulation,
    Criterion denominator,
    Criterion numerator,
    Criterion measurePopulation,
    List<Criterion> exclusions,
    List<Stratifier> strata,
    List<Group> groups,
    WorklistDefinition worklist,
    List<Choice> choices,
    Map<String, String> criteriaJson) {

  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scoring, "scoring");
    Objects.requireNonNull(improvementNotation, "improvementNotation");
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(initialPopulation, "initialPopulation");
    sources = List.copyOf(sources);
    codeLists = List.copyOf(codeLists);
    exclusions = List.copyOf(exclusions);
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    choices = List.copyOf(choices);
    criteriaJson = Map.copyOf(criteriaJson);
    if (scoring == Scoring.PROPORTION && numerator == null) {
      throw new IllegalArgumentException(id + ": a proportion needs a numerator");
    }
    if (scoring == Scoring.COHORT && measurePopulation == null) {
      throw new IllegalArgumentException(id + ": a cohort needs a measure population");
    }
  }

  /** The canonical URL of the exported Measure, without version. */
  public String canonicalUrl() {
    return "https://spiegelbeeld.nl/fhir/Measure/" + id;
  }

  /** {@code url|version}, as a MeasureReport names its Measure. */
  public String canonical() {
    return canonicalUrl() + "|" + version;
  }
}
