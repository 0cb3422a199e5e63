package nl.spiegelbeeld.plugin.indicator.columns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.spiegelbeeld.mappings.facts.LabFact;

/** Dates and numbers as Dutch GPs read them: {@code 12-03-2018}, {@code 7,7}. */
public final class DutchText {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  private DutchText() {}

  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** One decimal with a decimal comma, e.g. {@code 7,7}. */
  public static String oneDecimal(double value) {
    return String.format(DUTCH, "%.1f", value);
  }

  /**
   * A lab value as sent: comparator, number with a decimal comma, e.g. {@code >90}, {@code 4,5}.
   */
  public static String labValue(LabFact fact) {
    if (fact.value() == null) {
      return fact.text() == null ? "" : fact.text();
    }
    BigDecimal value = fact.value().stripTrailingZeros();
    String number =
        (value.scale() < 0 ? value.setScale(0) : value).toPlainString().replace('.', ',');
    String comparator =
        switch (fact.comparator()) {
          case NONE -> "";
          case LESS_THAN -> "<";
          case LESS_OR_EQUAL -> "≤";
          case GREATER_THAN -> ">";
          case GREATER_OR_EQUAL -> "≥";
        };
    return comparator + number;
  }
}
