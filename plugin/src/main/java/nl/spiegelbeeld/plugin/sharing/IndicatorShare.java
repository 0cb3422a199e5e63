package nl.spiegelbeeld.plugin.sharing;

import java.util.List;

/**
 * One indicator as it is shared, for the Delen screen.
 *
 * @param groups the indicator itself first, then its extra groups (OST-09a..d)
 */
public record IndicatorShare(String id, String title, String version, List<GroupShare> groups) {

  public IndicatorShare {
    groups = List.copyOf(groups);
  }

  /** One group: its counts and those of each shared stratum. */
  public record GroupShare(String code, String title, List<Row> rows) {
    public GroupShare {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One line of counts: the group's total ({@code stratifier} null) or a stratum.
   *
   * @param cells per population, in the report's order
   */
  public record Row(String stratifier, String stratum, List<ShownCell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A count as it leaves: {@code count} null when suppressed, with the Dutch reason.
   *
   * @param population the FHIR population code
   * @param name its Dutch name (noemer, teller, …)
   */
  public record ShownCell(String population, String name, Integer count, String reason) {}
}
