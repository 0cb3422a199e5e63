package nl.spiegelbeeld.plugin.indicator.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * The indicator catalogue: every definition file listed in {@code catalogue/index.txt} ({@code
 * <module>/<id>.json}), read and checked at start-up. Any problem in any file refuses the whole
 * catalogue with every problem named ({@link CatalogueRefused}).
 */
public final class Catalogue {

  /** Classpath folder of the shipped catalogue. */
  public static final String FOLDER = "/nl/spiegelbeeld/plugin/indicator/catalogue/";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /** A definition file's path in the catalogue and its text. */
  public record Source(String path, String json) {}

  private final Terminology terminology;
  private final Map<String, IndicatorDefinition> byId;

  private Catalogue(Terminology terminology, Map<String, IndicatorDefinition> byId) {
    this.terminology = terminology;
    this.byId = byId;
  }

  /** The shipped catalogue with the shipped code lists. */
  public static Catalogue load() {
    return load(Terminology.shipped());
  }

  /** The shipped catalogue; {@link CatalogueRefused} on any problem. */
  public static Catalogue load(Terminology terminology) {
    List<Source> sources = new ArrayList<>();
    for (String path : index()) {
      sources.add(new Source(path, text(path)));
    }
    return of(terminology, sources);
  }

  /** A catalogue of the given files; {@link CatalogueRefused} on any problem. */
  public static Catalogue of(Terminology terminology, List<Source> sources) {
    Problems problems = new Problems();
    DefinitionReader reader = new DefinitionReader(terminology);
    Map<String, IndicatorDefinition> byId = new LinkedHashMap<>();
    for (Source source : sources) {
      JsonNode json;
      try {
        json = JSON.readTree(source.json());
      } catch (JsonProcessingException e) {
        problems.add(source.path() + ": not valid JSON: " + e.getOriginalMessage());
        continue;
      }
      IndicatorDefinition d = reader.read(source.path(), json, problems);
      if (d == null) {
        continue;
      }
      if (byId.putIfAbsent(d.id(), d) != null) {
        problems.add(d.id() + ": defined twice");
      }
    }
    if (sources.isEmpty()) {
      problems.add("the catalogue has no definitions");
    }
    if (problems.size() > 0) {
      throw new CatalogueRefused(problems.messages());
    }
    return new Catalogue(terminology, byId);
  }

  public Terminology terminology() {
    return terminology;
  }

  /** Every definition, in index order. */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(byId.values());
  }

  public IndicatorDefinition get(String id) {
    IndicatorDefinition d = byId.get(id);
    if (d == null) {
      throw new NoSuchElementException("no indicator " + id + " in the catalogue");
    }
    return d;
  }

  /**
   * The same catalogue with only the definitions of the given modules (e.g. {@code measure --module
   * osteoporose}); an unknown module name is refused with the known ones named.
   */
  public Catalogue only(java.util.Collection<String> modules) {
    List<String> unknown = modules.stream().filter(m -> !modules().contains(m)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown module "
              + String.join(", ", unknown)
              + "; known: "
              + String.join(", ", modules()));
    }
    Map<String, IndicatorDefinition> kept = new LinkedHashMap<>();
    byId.forEach(
        (id, d) -> {
          if (modules.contains(d.module())) {
            kept.put(id, d);
          }
        });
    return new Catalogue(terminology, kept);
  }

  /** The modules, in index order. */
  public List<String> modules() {
    Set<String> seen = new HashSet<>();
    List<String> modules = new ArrayList<>();
    for (IndicatorDefinition d : byId.values()) {
      if (seen.add(d.module())) {
        modules.add(d.module());
      }
    }
    return modules;
  }

  /** The files the shipped index lists. */
  public static List<String> index() {
    return text("index.txt")
        .lines()
        .map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static String text(String path) {
    InputStream in = Catalogue.class.getResourceAsStream(FOLDER + path);
    if (in == null) {
      throw new CatalogueRefused(List.of(path + ": listed in the index but not on the classpath"));
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder text = new StringBuilder();
      reader.lines().forEach(line -> text.append(line).append('\n'));
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + path, e);
    }
  }
}
