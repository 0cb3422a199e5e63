package nl.spiegelbeeld.plugin.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.spiegelbeeld.plugin.api.DutchNumbers.Language;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;

/**
 * The one-sentence headline of each indicator card ({@code headlines.json}): which count it is
 * about and the sentence in Dutch and English, singular and plural. Data beside the catalogue
 * rather than in it, because the wording is the screens' business, not the definition's.
 */
public final class Headlines {

  /** Which count a headline is about. */
  public enum Subject {
    NUMERATOR,
    /** Denominator minus numerator: the patients a {@code den-num} worklist shows. */
    GAP,
    MEASURE_POPULATION;

    /** The count this subject names in {@code counts}. */
    public int of(Counts counts) {
      return switch (this) {
        case NUMERATOR -> counts.numerator();
        case GAP -> counts.denominator() - counts.numerator();
        case MEASURE_POPULATION -> counts.measurePopulation();
      };
    }
  }

  private record Template(Subject subject, Map<Language, Forms> forms) {}

  private record Forms(String one, String other) {}

  private final Map<String, Template> templates = new TreeMap<>();
  private final Map<String, Texts> modules = new TreeMap<>();
  private final Texts empty;

  private Headlines(JsonNode json) {
    json.get("modules")
        .fields()
        .forEachRemaining(e -> modules.put(e.getKey(), texts(e.getValue())));
    empty = texts(json.get("empty"));
    json.get("indicators")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode t = e.getValue();
              Subject subject =
                  switch (t.get("count").asText()) {
                    case "numerator" -> Subject.NUMERATOR;
                    case "gap" -> Subject.GAP;
                    case "measurePopulation" -> Subject.MEASURE_POPULATION;
                    default ->
                        throw new IllegalStateException(e.getKey() + ": unknown count in headline");
                  };
              Map<Language, Forms> forms =
                  Map.of(
                      Language.NL, forms(t.get("nl")),
                      Language.EN, forms(t.get("en")));
              templates.put(e.getKey(), new Template(subject, forms));
            });
  }

  /** The shipped headlines. */
  public static Headlines shipped() {
    try (InputStream in = Headlines.class.getResourceAsStream("headlines.json")) {
      if (in == null) {
        throw new IllegalStateException("headlines.json is not on the classpath");
      }
      return new Headlines(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read headlines.json", e);
    }
  }

  /** The indicator ids that have a headline. */
  public List<String> indicatorIds() {
    return new ArrayList<>(templates.keySet());
  }

  /** Which count the headline of {@code indicatorId} is about. */
  public Subject subject(String indicatorId) {
    return template(indicatorId).subject();
  }

  /** A module's title; the module id itself for a module without one. */
  public Texts moduleTitle(String module) {
    return modules.getOrDefault(module, Texts.dutchOnly(module));
  }

  /** The headline of one indicator for its main counts. */
  public Texts headline(String indicatorId, Counts counts) {
    Template t = template(indicatorId);
    int count = t.subject().of(counts);
    int denominator =
        t.subject() == Subject.MEASURE_POPULATION
            ? counts.measurePopulation()
            : counts.denominator();
    if (denominator == 0) {
      return empty;
    }
    return new Texts(
        fill(t.forms().get(Language.NL), count, denominator, Language.NL),
        fill(t.forms().get(Language.EN), count, denominator, Language.EN));
  }

  private Template template(String indicatorId) {
    Template t = templates.get(indicatorId);
    if (t == null) {
      throw new IllegalArgumentException("no headline for " + indicatorId);
    }
    return t;
  }

  private static String fill(Forms forms, int count, int denominator, Language language) {
    String sentence = count == 1 ? forms.one() : forms.other();
    return sentence
        .replace("{count}", DutchNumbers.count(count, language))
        .replace("{denominator}", DutchNumbers.count(denominator, language))
        .replace("{percent}", DutchNumbers.percent(count, denominator))
        .replace("{perThousand}", DutchNumbers.perThousand(count, denominator, language));
  }

  private static Texts texts(JsonNode node) {
    return new Texts(node.get("nl").asText(), node.get("en").asText());
  }

  private static Forms forms(JsonNode node) {
    return new Forms(node.get("one").asText(), node.get("other").asText());
  }
}
