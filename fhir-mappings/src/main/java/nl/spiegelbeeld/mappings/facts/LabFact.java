package nl.spiegelbeeld.mappings.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.codes.Code;

/**
 * A lab result (labuitslag) of an analyte in our code lists.
 *
 * @param resourceId the Observation's local id
 * @param patientId the Patient's local id
 * @param analyte the name of the code list it matched, e.g. {@code lab-egfr}
 * @param codes every coding of {@code Observation.code}, systems canonical
 * @param date local date of {@code effectiveDateTime} or {@code effectivePeriod.start}
 * @param value the number, or {@code null} when the result was text that is not a number (then not
 *     a lab value in the sense of indicators.md §1: kept only to be shown)
 * @param comparator the comparator of the value
 * @param unit the unit as sent, or {@code null}
 * @param text the original {@code valueString}, or {@code null} for a quantity
 */
public record LabFact(
    String resourceId,
    String patientId,
    String analyte,
    List<Code> codes,
    LocalDate date,
    BigDecimal value,
    Comparator comparator,
    String unit,
    String text) {

  /** The comparator of a lab value: none, {@code <}, {@code <=}, {@code >}, {@code >=}. */
  public enum Comparator {
    NONE(""),
    LESS_THAN("<"),
    LESS_OR_EQUAL("<="),
    GREATER_THAN(">"),
    GREATER_OR_EQUAL(">=");

    private final String symbol;

    Comparator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  public LabFact {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(analyte, "analyte");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(comparator, "comparator");
    codes = List.copyOf(codes);
  }

  /** True when the result is a number (with or without comparator). */
  public boolean isNumeric() {
    return value != null;
  }

  /**
   * Below {@code threshold} (indicators.md §1, Lab values): no comparator and value < T, or {@code
   * <}/{@code ≤} with value ≤ T; a {@code >}/{@code ≥} value or a non-number never is.
   */
  public boolean isBelow(BigDecimal threshold) {
    if (value == null) {
      return false;
    }
    return switch (comparator) {
      case NONE -> value.compareTo(threshold) < 0;
      case LESS_THAN, LESS_OR_EQUAL -> value.compareTo(threshold) <= 0;
      case GREATER_THAN, GREATER_OR_EQUAL -> false;
    };
  }
}
