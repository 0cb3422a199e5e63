package nl.spiegelbeeld.plugin.indicator.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.criteria.Window;

/**
 * Reads the fields of one JSON object of a definition, recording every problem with the
 * definition's id and the field's path ({@code OST-04: denominator.codeList: …}) instead of
 * throwing: a missing or malformed field reads as {@code null}, 0 or empty, and reading goes on.
 */
final class JsonFields {

  private final JsonNode node;
  private final String owner;
  private final String path;
  private final Problems problems;

  JsonFields(JsonNode node, String owner, String path, Problems problems) {
    this.node = node;
    this.owner = owner;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  /** This object as compact JSON text, as written in the definition. */
  String json() {
    return node.toString();
  }

  Problems problems() {
    return problems;
  }

  /** Records a problem at this object's path. */
  void problem(String message) {
    problems.add(owner + ": " + (path.isEmpty() ? "" : path + ": ") + message);
  }

  /** Records a problem at the path of {@code field}. */
  void problemAt(String field, String message) {
    problem(field, message);
  }

  private void problem(String field, String message) {
    problems.add(owner + ": " + child(field) + ": " + message);
  }

  private String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  boolean has(String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** Records every field not in {@code allowed} (catches misspelt field names). */
  void allowOnly(Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problem("unknown field '" + name + "'");
      }
    }
  }

  /** A required non-blank string; {@code null} (recorded) when missing. */
  String text(String field) {
    if (!has(field)) {
      problem(field, "missing");
      return null;
    }
    return optionalText(field);
  }

  /** A string, or {@code null} when absent. */
  String optionalText(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      problem(field, "must be a non-empty string");
      return null;
    }
    return value.asText();
  }

  /** A required whole number; 0 (recorded) when missing. */
  int integer(String field) {
    if (!has(field)) {
      problem(field, "missing");
      return 0;
    }
    Integer value = optionalInteger(field);
    return value == null ? 0 : value;
  }

  Integer optionalInteger(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problem(field, "must be a whole number");
      return null;
    }
    return value.asInt();
  }

  /** A required ISO-8601 period such as {@code P365D}. */
  Window window(String field) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      return Window.parse(text);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      problem(field, "not an ISO-8601 period of more than zero days: '" + text + "'");
      return null;
    }
  }

  /** A required object; an empty object (recorded) when missing. */
  JsonFields object(String field) {
    if (!has(field)) {
      problem(field, "missing");
      return new JsonFields(JsonNodeFactory.instance.objectNode(), owner, child(field), problems);
    }
    return optionalObject(field);
  }

  /** An object, or {@code null} when absent. */
  JsonFields optionalObject(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.isObject()) {
      problem(field, "must be an object");
      return new JsonFields(JsonNodeFactory.instance.objectNode(), owner, child(field), problems);
    }
    return new JsonFields(value, owner, child(field), problems);
  }

  /** A required array of objects (may be empty). */
  List<JsonFields> objects(String field) {
    List<JsonFields> result = new ArrayList<>();
    if (!has(field)) {
      problem(field, "missing");
      return result;
    }
    JsonNode value = node.get(field);
    if (!value.isArray()) {
      problem(field, "must be an array");
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      String elementPath = child(field) + "[" + i + "]";
      if (!value.get(i).isObject()) {
        problems.add(owner + ": " + elementPath + ": must be an object");
      } else {
        result.add(new JsonFields(value.get(i), owner, elementPath, problems));
      }
    }
    return result;
  }

  /** A required array of non-blank strings (may be empty). */
  List<String> texts(String field) {
    List<String> result = new ArrayList<>();
    if (!has(field)) {
      problem(field, "missing");
      return result;
    }
    JsonNode value = node.get(field);
    if (!value.isArray()) {
      problem(field, "must be an array of strings");
      return result;
    }
    for (JsonNode element : value) {
      if (!element.isTextual() || element.asText().isBlank()) {
        problem(field, "must be an array of non-empty strings");
      } else {
        result.add(element.asText());
      }
    }
    return result;
  }

  /** A required array of arrays of strings ({@code [["a", "b"], ["c"]]}). */
  List<List<String>> textLists(String field) {
    List<List<String>> result = new ArrayList<>();
    if (!has(field) || !node.get(field).isArray()) {
      problem(field, "must be an array of arrays of strings");
      return result;
    }
    for (JsonNode option : node.get(field)) {
      List<String> texts = new ArrayList<>();
      if (!option.isArray()) {
        problem(field, "must be an array of arrays of strings");
        continue;
      }
      for (JsonNode element : option) {
        if (!element.isTextual() || element.asText().isBlank()) {
          problem(field, "must be an array of arrays of non-empty strings");
        } else {
          texts.add(element.asText());
        }
      }
      result.add(texts);
    }
    return result;
  }
}
