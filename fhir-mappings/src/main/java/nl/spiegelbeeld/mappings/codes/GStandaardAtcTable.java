package nl.spiegelbeeld.mappings.codes;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The G-Standaard (PRK/HPK/GPK/ZI) → ATC table a practice supplies as configuration (the
 * G-Standaard is licensed, so none is shipped; reference.md §3.4). CSV with the columns {@code
 * system,code,atc} and optionally {@code display} and {@code exclude}. A non-empty {@code exclude}
 * (e.g. {@code oncologie}) marks a product whose agreements are left out and counted, such as
 * zoledronic acid 4 mg and denosumab 120 mg (indicators.md §1, Drug classes).
 */
public final class GStandaardAtcTable {

  /**
   * What the table says about one product.
   *
   * @param atc the product's ATC code
   * @param display the product name, or empty
   * @param exclusion why agreements for this product are left out, or {@code null}
   */
  public record Entry(String atc, String display, String exclusion) {}

  private static final GStandaardAtcTable EMPTY = new GStandaardAtcTable(Map.of());

  private final Map<Code, Entry> byCode;

  private GStandaardAtcTable(Map<Code, Entry> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** A table without rows: only ATC codings classify medication. */
  public static GStandaardAtcTable empty() {
    return EMPTY;
  }

  /**
   * Reads a table; {@link InvalidCodeTable} names the line of a row without system, code or ATC, or
   * of a code given two different ATC codes.
   */
  public static GStandaardAtcTable read(Reader csv) {
    String name = "G-Standaard → ATC table";
    CsvTable table =
        CsvTable.read(csv, name, List.of("system", "code", "atc"), List.of("display", "exclude"));
    Map<Code, Entry> byCode = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String system = row.get("system");
      String code = row.get("code");
      String atc = row.get("atc");
      if (system.isEmpty() || code.isEmpty() || atc.isEmpty()) {
        throw new InvalidCodeTable(
            name + " line " + row.line() + ": system, code and atc are required");
      }
      String exclusion = row.get("exclude");
      Entry entry = new Entry(atc, row.get("display"), exclusion.isEmpty() ? null : exclusion);
      Entry earlier = byCode.putIfAbsent(new Code(system, code), entry);
      if (earlier != null && !earlier.atc().equals(atc)) {
        throw new InvalidCodeTable(
            name
                + " line "
                + row.line()
                + ": "
                + system
                + "|"
                + code
                + " has ATC "
                + earlier.atc()
                + " and "
                + atc);
      }
    }
    return new GStandaardAtcTable(byCode);
  }

  /** The entry for a product code (system in any spelling), if the table has it. */
  public Optional<Entry> lookup(Code code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every row by product code: e.g. to search a server for the products of some ATC classes. */
  public Map<Code, Entry> entries() {
    return byCode;
  }

  public int size() {
    return byCode.size();
  }
}
