package nl.spiegelbeeld.plugin.indicator.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.mappings.derive.StandardTreatmentDuration;
import nl.spiegelbeeld.mappings.mapping.DefaultCoverage;
import nl.spiegelbeeld.plugin.indicator.columns.Column;
import nl.spiegelbeeld.plugin.indicator.criteria.Criterion;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;
import nl.spiegelbeeld.plugin.indicator.criteria.Window;
import nl.spiegelbeeld.plugin.indicator.strata.Stratifier;

/**
 * Reads one definition file into an {@link IndicatorDefinition}, recording every problem (the
 * checks across the whole definition are {@link DefinitionChecks}'s).
 */
final class DefinitionReader {

  /** Parameters whose values live in fhir-mappings, named by reference. */
  static final String STANDARD_DURATION = "fhir-mappings:StandardTreatmentDuration.standard";

  static final String DEFAULT_COVERAGE = "fhir-mappings:DefaultCoverage.standard";

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "module",
          "version",
          "status",
          "title",
          "sources",
          "description",
          "scoring",
          "improvementNotation",
          "rateBase",
          "codeLists",
          "parameters",
          "initialPopulation",
          "denominator",
          "numerator",
          "measurePopulation",
          "exclusions",
          "strata",
          "groups",
          "worklist",
          "choices");

  private final Terminology terminology;
  private final DefinitionChecks checks;

  DefinitionReader(Terminology terminology) {
    this.terminology = terminology;
    this.checks = new DefinitionChecks(terminology);
  }

  /**
   * Reads {@code json}; {@code null} when anything is wrong (recorded in {@code problems}).
   *
   * @param file the file name, used in messages until the id is known
   */
  IndicatorDefinition read(String file, JsonNode json, Problems problems) {
    int before = problems.size();
    if (!json.isObject()) {
      problems.add(file + ": not a JSON object");
      return null;
    }
    String id = json.path("id").isTextual() ? json.path("id").asText() : file;
    JsonFields f = new JsonFields(json, id, "", problems);
    f.allowOnly(FIELDS);
    Draft draft = new Draft();
    draft.read(f);
    if (draft.scoring == Scoring.PROPORTION && draft.numerator == null && !f.has("numerator")) {
      f.problem("a proportion needs a numerator");
    }
    if (draft.scoring == Scoring.COHORT
        && (draft.measurePopulation == null
            || draft.denominator != null
            || draft.numerator != null)) {
      f.problem("a cohort has a measurePopulation and no denominator or numerator");
    }
    checks.check(draft.parts(id), file, problems);
    IndicatorDefinition definition = draft.build(f, before);
    return problems.size() == before ? definition : null;
  }

  /**
   * What has been read of one definition; each part {@code null} (or left out) when it could not be
   * read, so that the checks can still run on the rest.
   */
  private final class Draft {
    private String id;
    private String module;
    private String version;
    private Status status;
    private LocalizedText title;
    private List<SourceCitation> sources;
    private String description;
    private Scoring scoring;
    private ImprovementNotation improvementNotation;
    private int rateBase;
    private List<String> codeLists;
    private Parameters parameters;
    private Criterion initialPopulation;
    private Criterion denominator;
    private Criterion numerator;
    private Criterion measurePopulation;
    private List<Criterion> exclusions;
    private List<Stratifier> strata;
    private List<Group> groups;
    private WorklistDefinition worklist;
    private List<Choice> choices;
    private final Map<String, String> criteriaJson = new LinkedHashMap<>();

    void read(JsonFields f) {
      id = f.text("id");
      module = f.text("module");
      version = f.text("version");
      status = choose(f, "status", Status.values(), Status::json);
      title = title(f.object("title"));
      sources = sources(f);
      description = f.text("description");
      scoring = choose(f, "scoring", Scoring.values(), Scoring::json);
      improvementNotation =
          choose(f, "improvementNotation", ImprovementNotation.values(), ImprovementNotation::json);
      Integer base = f.optionalInteger("rateBase");
      rateBase = base == null ? 100 : base;
      if (rateBase != 100 && rateBase != 1000) {
        f.problem("rateBase must be 100 or 1000");
      }
      codeLists = f.texts("codeLists");
      parameters = parameters(f.object("parameters"));
      JsonFields initial = f.object("initialPopulation");
      criteriaJson.put("initial-population", initial.json());
      initialPopulation = CriterionTypes.read(initial);
      denominator = optionalCriterion(f, "denominator", "denominator", criteriaJson);
      numerator = optionalCriterion(f, "numerator", "numerator", criteriaJson);
      measurePopulation =
          optionalCriterion(f, "measurePopulation", "measure-population", criteriaJson);
      exclusions = criteria(f, "exclusions");
      strata = strata(f);
      groups = groups(f, criteriaJson);
      worklist = worklist(f.optionalObject("worklist"));
      choices = choices(f);
    }

    DefinitionChecks.Parts parts(String fallbackId) {
      List<Criterion> roots = new ArrayList<>();
      for (Criterion c :
          Arrays.asList(initialPopulation, denominator, numerator, measurePopulation)) {
        if (c != null) {
          roots.add(c);
        }
      }
      roots.addAll(exclusions);
      return new DefinitionChecks.Parts(
          id == null ? fallbackId : id,
          module,
          version,
          scoring,
          parameters,
          roots,
          strata,
          groups,
          worklist,
          codeLists);
    }

    IndicatorDefinition build(JsonFields f, int before) {
      try {
        return new IndicatorDefinition(
            id,
            module,
            version,
            status,
            title,
            sources,
            description,
            scoring,
            improvementNotation,
            rateBase,
            codeLists,
            parameters,
            initialPopulation,
            denominator,
            numerator,
            measurePopulation,
            exclusions,
            strata,
            groups,
            worklist,
            choices,
            criteriaJson);
      } catch (RuntimeException e) {
        // Only reached when a required part is missing, which reading already recorded.
        if (f.problems().size() == before) {
          f.problem(String.valueOf(e.getMessage()));
        }
        return null;
      }
    }
  }

  private Parameters parameters(JsonFields p) {
    p.allowOnly(
        Set.of("gapDays", "measurementPeriod", "labWindow", "standardDuration", "defaultCoverage"));
    Integer gap = p.optionalInteger("gapDays");
    if (gap != null && gap < 0) {
      p.problem("gapDays must not be negative");
    }
    Window period = p.window("measurementPeriod");
    Window labWindow = p.has("labWindow") ? p.window("labWindow") : null;
    StandardTreatmentDuration duration = StandardTreatmentDuration.standard(terminology.lists());
    String durationRef = p.optionalText("standardDuration");
    if (durationRef != null && !durationRef.equals(STANDARD_DURATION)) {
      p.problem("standardDuration must be '" + STANDARD_DURATION + "', not '" + durationRef + "'");
    }
    DefaultCoverage coverage = DefaultCoverage.standard(terminology.lists());
    String coverageRef = p.optionalText("defaultCoverage");
    if (coverageRef != null && !coverageRef.equals(DEFAULT_COVERAGE)) {
      p.problem(
          "defaultCoverage must be '"
              + DEFAULT_COVERAGE
              + "' (the mapping applies it), not '"
              + coverageRef
              + "'");
    }
    if (period == null) {
      return null;
    }
    return new Parameters(
        gap == null ? Episodes.DEFAULT_GAP_DAYS : Math.max(0, gap),
        period,
        labWindow,
        duration,
        coverage);
  }

  private static LocalizedText title(JsonFields t) {
    t.allowOnly(Set.of("nl", "en"));
    String nl = t.text("nl");
    String en = t.text("en");
    return nl == null || en == null ? null : new LocalizedText(nl, en);
  }

  private static List<SourceCitation> sources(JsonFields f) {
    List<SourceCitation> result = new ArrayList<>();
    List<JsonFields> items = f.objects("sources");
    if (items.isEmpty() && f.has("sources")) {
      f.problem("sources: cite at least one source");
    }
    for (JsonFields s : items) {
      s.allowOnly(Set.of("citation", "section", "url"));
      String citation = s.text("citation");
      if (citation != null) {
        result.add(new SourceCitation(citation, s.optionalText("section"), s.optionalText("url")));
      }
    }
    return result;
  }

  private static Criterion optionalCriterion(
      JsonFields f, String field, String population, Map<String, String> json) {
    JsonFields c = f.optionalObject(field);
    if (c == null) {
      return null;
    }
    json.put(population, c.json());
    return CriterionTypes.read(c);
  }

  private static List<Criterion> criteria(JsonFields f, String field) {
    List<Criterion> result = new ArrayList<>();
    for (JsonFields c : f.objects(field)) {
      Criterion criterion = CriterionTypes.read(c);
      if (criterion != null) {
        result.add(criterion);
      }
    }
    return result;
  }

  private static List<Stratifier> strata(JsonFields f) {
    List<Stratifier> result = new ArrayList<>();
    for (JsonFields s : f.objects("strata")) {
      Stratifier stratifier = StratifierTypes.read(s);
      if (stratifier != null) {
        result.add(stratifier);
      }
    }
    return result;
  }

  private static List<Group> groups(JsonFields f, Map<String, String> json) {
    List<Group> result = new ArrayList<>();
    if (!f.has("groups")) {
      return result;
    }
    for (JsonFields g : f.objects("groups")) {
      g.allowOnly(Set.of("code", "title", "numerator"));
      String code = g.text("code");
      String title = g.text("title");
      JsonFields numeratorJson = g.object("numerator");
      Criterion numerator = CriterionTypes.read(numeratorJson);
      if (code != null && title != null && numerator != null) {
        json.put(code, numeratorJson.json());
        result.add(new Group(code, title, numerator));
      }
    }
    return result;
  }

  private static WorklistDefinition worklist(JsonFields w) {
    if (w == null) {
      return null;
    }
    w.allowOnly(Set.of("title", "members", "columns"));
    String title = w.text("title");
    WorklistDefinition.Members members =
        choose(w, "members", WorklistDefinition.Members.values(), WorklistDefinition.Members::json);
    List<Column> columns = new ArrayList<>();
    for (JsonFields c : w.objects("columns")) {
      Column column = ColumnTypes.read(c);
      if (column != null) {
        columns.add(column);
      }
    }
    return title == null || members == null
        ? null
        : new WorklistDefinition(title, members, columns);
  }

  private static List<Choice> choices(JsonFields f) {
    List<Choice> result = new ArrayList<>();
    for (JsonFields c : f.objects("choices")) {
      c.allowOnly(Set.of("topic", "choice", "reason"));
      String topic = c.text("topic");
      String choice = c.text("choice");
      String reason = c.text("reason");
      if (topic != null && choice != null && reason != null) {
        result.add(new Choice(topic, choice, reason));
      }
    }
    return result;
  }

  /** One of an enum's JSON spellings; {@code null} (recorded) otherwise. */
  private static <E> E choose(
      JsonFields f, String field, E[] values, java.util.function.Function<E, String> json) {
    String text = f.text(field);
    if (text == null) {
      return null;
    }
    for (E value : values) {
      if (json.apply(value).equals(text)) {
        return value;
      }
    }
    f.problemAt(
        field,
        "must be one of " + Arrays.stream(values).map(json).toList() + ", not '" + text + "'");
    return null;
  }
}
