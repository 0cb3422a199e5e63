package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One explicit table from a JSON {@code type} to the record of a closed vocabulary (criteria,
 * stratifiers, worklist columns), with the fields each type allows.
 */
final class TypeTable<T> {

  /** How to read one type: its fields (besides {@code type}) and the record it becomes. */
  record Entry<T>(Set<String> fields, Function<JsonFields, T> read) {
    Entry {
      Set<String> all = new HashSet<>(fields);
      all.add("type");
      fields = Set.copyOf(all);
    }
  }

  private final String kind;
  private final Map<String, Entry<T>> entries;

  TypeTable(String kind, Map<String, Entry<T>> entries) {
    this.kind = kind;
    this.entries = Map.copyOf(entries);
  }

  static <T> Map.Entry<String, Entry<T>> type(
      String name, Function<JsonFields, T> read, String... fields) {
    return Map.entry(name, new Entry<>(Set.of(fields), read));
  }

  Set<String> types() {
    return new TreeSet<>(entries.keySet());
  }

  /**
   * Reads one object; {@code null} when its type is unknown or it is malformed (the problems are
   * recorded).
   */
  T read(JsonFields fields) {
    String type = fields.text("type");
    if (type == null) {
      return null;
    }
    Entry<T> entry = entries.get(type);
    if (entry == null) {
      fields.problem("unknown " + kind + " type '" + type + "'; known: " + types());
      return null;
    }
    fields.allowOnly(entry.fields());
    int before = fields.problems().size();
    try {
      T value = entry.read().apply(fields);
      return fields.problems().size() == before ? value : null;
    } catch (RuntimeException e) {
      // A record refused a value; if reading already recorded why, do not say it twice.
      if (fields.problems().size() == before) {
        fields.problem(type + ": " + e.getMessage());
      }
      return null;
    }
  }
}
