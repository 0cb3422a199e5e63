package nl.spiegelbeeld.mappings.codes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV table: {@code #} comment lines before the header carry {@code key: value} metadata,
 * then a header row and data rows. Empty cells read as empty strings.
 */
record CsvTable(String name, Map<String, String> metadata, List<Row> rows) {

  /** One data row with its line number, for messages. */
  record Row(long line, Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "").trim();
    }
  }

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setCommentMarker('#')
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setIgnoreEmptyLines(true)
          .get();

  /**
   * Reads a table whose header has every {@code required} column and nothing outside {@code
   * required} and {@code optional}.
   */
  static CsvTable read(Reader in, String name, List<String> required, List<String> optional) {
    try (CSVParser parser = FORMAT.parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (String column : required) {
        if (!header.contains(column)) {
          throw new InvalidCodeTable(name + ": column '" + column + "' missing in " + header);
        }
      }
      for (String column : header) {
        if (!required.contains(column) && !optional.contains(column)) {
          throw new InvalidCodeTable(name + ": unknown column '" + column + "'");
        }
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        rows.add(new Row(parser.getCurrentLineNumber(), r.toMap()));
      }
      return new CsvTable(name, metadata(parser.getHeaderComment()), rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof InvalidCodeTable invalid) {
        throw invalid;
      }
      throw new InvalidCodeTable(name + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> metadata(String headerComment) {
    Map<String, String> result = new LinkedHashMap<>();
    if (headerComment == null) {
      return result;
    }
    for (String line : headerComment.lines().toList()) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        result.putIfAbsent(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return result;
  }
}
