package nl.spiegelbeeld.plugin.worklist;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A worklist as CSV for the practice's own use: semicolon-separated with a byte-order mark, as
 * Dutch Excel opens it without an import wizard. Cells that a spreadsheet would run as a formula
 * ({@code = + - @}) are prefixed with an apostrophe.
 */
public final class WorklistCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private WorklistCsv() {}

  /** The CSV text, starting with a UTF-8 byte-order mark. */
  public static String of(WorklistView view) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      List<String> header =
          new ArrayList<>(List.of("Naam", "HIS-nummer", "Geboortedatum", "Leeftijd", "Geslacht"));
      header.addAll(view.columns());
      header.addAll(List.of("Toelichting", "Beoordeeld", "Uitkomst", "Notitie"));
      csv.printRecord(header);
      for (WorklistRow r : view.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(r.name());
        cells.add(r.hisNumber());
        cells.add(r.birthDate());
        cells.add(r.age() == null ? "" : r.age().toString());
        cells.add(r.sex().nl());
        cells.addAll(r.values());
        cells.add(r.sentence());
        ReviewView review = r.review();
        cells.add(review == null ? "nee" : "ja, " + review.reviewedOn());
        cells.add(review == null ? "" : review.outcomeLabel().nl());
        cells.add(review == null ? "" : review.note());
        csv.printRecord(cells.stream().map(WorklistCsv::defused).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String defused(String cell) {
    if (cell == null) {
      return "";
    }
    if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
