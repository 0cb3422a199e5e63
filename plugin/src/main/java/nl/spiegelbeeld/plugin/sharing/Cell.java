package nl.spiegelbeeld.plugin.sharing;

import org.hl7.fhir.r4.model.IntegerType;

/**
 * One cell of a report group: a count sent (or masked), or a difference nobody sends but anyone
 * could compute (implicit). Mutable only in whether it is masked.
 */
final class Cell {

  private final String group;
  private final String stratifier;
  private final String stratum;
  private final String population;
  private final int value;
  private final IntegerType count;
  private boolean masked;

  private Cell(
      String group,
      String stratifier,
      String stratum,
      String population,
      int value,
      IntegerType count) {
    this.group = group;
    this.stratifier = stratifier;
    this.stratum = stratum;
    this.population = population;
    this.value = value;
    this.count = count;
  }

  static Cell shown(
      String group, String stratifier, String stratum, String population, IntegerType count) {
    return new Cell(group, stratifier, stratum, population, count.getValue(), count);
  }

  static Cell implicit(String group, String stratifier, String stratum, String what, int value) {
    return new Cell(group, stratifier, stratum, what, value, null);
  }

  int value() {
    return value;
  }

  boolean implicit() {
    return count == null;
  }

  boolean masked() {
    return masked;
  }

  /** Not sent: masked, or a difference that is never sent. */
  boolean hidden() {
    return masked || implicit();
  }

  /** The group's own count rather than a stratum's. */
  boolean isTotal() {
    return stratum == null;
  }

  String population() {
    return population;
  }

  void mask() {
    if (implicit()) {
      throw new IllegalStateException("an implicit cell is never sent");
    }
    masked = true;
  }

  /** Leaves the count out and marks it masked. */
  void write() {
    if (masked) {
      count.setValue(null);
      count.getExtension().clear();
      count.addExtension(Suppression.masked());
    }
  }

  SuppressedCell describe(SuppressedCell.Reason reason) {
    return new SuppressedCell(group, stratifier, stratum, population, reason);
  }
}
