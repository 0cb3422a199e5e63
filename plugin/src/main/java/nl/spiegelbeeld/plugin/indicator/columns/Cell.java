package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.Objects;

/**
 * What a worklist column says of one patient: the short value for the table and the phrase for the
 * Dutch sentence that explains why the patient is on the list.
 *
 * @param value e.g. {@code 7,7}
 * @param phrase e.g. {@code 7,7 jaar cumulatief}
 */
public record Cell(String value, String phrase) {

  public Cell {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(phrase, "phrase");
  }
}
