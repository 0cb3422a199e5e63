package nl.spiegelbeeld.mappings.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipped code lists, read from the classpath folder {@code
 * nl/spiegelbeeld/mappings/codelists/}: every file named in its {@code index.txt}, one concept per
 * file, columns {@code system,code,display,source}, with {@code # title:}, {@code # version:} and
 * {@code # status:} header lines. Load once at start-up ({@link #shipped()}); a malformed list
 * fails the start.
 */
public final class CodeLists {

  private static final String FOLDER = "/nl/spiegelbeeld/mappings/codelists/";
  private static final List<String> COLUMNS = List.of("system", "code", "display", "source");
  private static final Set<String> STATUSES = Set.of("final", "concept");

  private final Map<String, CodeList> byName;

  private CodeLists(Map<String, CodeList> byName) {
    this.byName = byName;
  }

  /** Every list named in the shipped index. */
  public static CodeLists shipped() {
    Map<String, CodeList> lists = new LinkedHashMap<>();
    for (String name : index()) {
      try (Reader in = open(name + ".csv")) {
        lists.put(name, read(name, in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read code list " + name, e);
      }
    }
    return new CodeLists(lists);
  }

  /** The list called {@code name}; {@link UnknownCodeList} (naming the known lists) otherwise. */
  public CodeList get(String name) {
    CodeList list = byName.get(name);
    if (list == null) {
      throw new UnknownCodeList(name, byName.keySet());
    }
    return list;
  }

  /** The names of all lists, in index order. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** Reads one code list in the shipped format; {@code name} is used in messages. */
  public static CodeList read(String name, Reader csv) {
    CsvTable table = CsvTable.read(csv, "code list " + name, COLUMNS, List.of());
    String version = required(table, "version");
    String status = required(table, "status");
    if (!STATUSES.contains(status)) {
      throw new InvalidCodeTable("code list " + name + ": status must be one of " + STATUSES);
    }
    List<CodeList.Entry> entries = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String system = row.get("system");
      String code = row.get("code");
      String source = row.get("source");
      if (system.isEmpty() || code.isEmpty() || source.isEmpty()) {
        throw new InvalidCodeTable(
            "code list " + name + " line " + row.line() + ": system, code and source are required");
      }
      entries.add(new CodeList.Entry(new Code(system, code), row.get("display"), source));
    }
    try {
      return new CodeList(
          name, version, status, table.metadata().getOrDefault("title", name), entries);
    } catch (IllegalArgumentException e) {
      throw new InvalidCodeTable(e.getMessage(), e);
    }
  }

  private static String required(CsvTable table, String key) {
    String value = table.metadata().get(key);
    if (value == null || value.isEmpty()) {
      throw new InvalidCodeTable(table.name() + ": header line '# " + key + ": …' missing");
    }
    return value;
  }

  private static List<String> index() {
    try (Reader in = open("index.txt")) {
      return new BufferedReader(in)
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code list index", e);
    }
  }

  private static Reader open(String file) {
    InputStream in = CodeLists.class.getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new InvalidCodeTable("code list file " + FOLDER + file + " not on the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
