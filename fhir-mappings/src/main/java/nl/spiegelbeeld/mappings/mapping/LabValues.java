package nl.spiegelbeeld.mappings.mapping;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegelbeeld.mappings.facts.LabFact.Comparator;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Lab values as numbers (indicators.md §1, Lab values): a {@code valueQuantity} with or without
 * comparator, or a {@code valueString} that is a number with an optional {@code <}, {@code >},
 * {@code ≤}, {@code ≥} (or {@code <=}, {@code >=}) and a decimal comma or point, such as {@code
 * >90}, {@code <5}, {@code 4,5}, {@code ≤ 60}. Anything else (units, words, ranges) is not a
 * number.
 */
final class LabValues {

  /** A number with its comparator. */
  record Parsed(BigDecimal value, Comparator comparator) {}

  private static final Pattern NUMBER =
      Pattern.compile("(<=|>=|≤|≥|<|>)?\\s*([+-]?\\d+(?:[.,]\\d+)?)");

  private LabValues() {}

  static Optional<Parsed> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(m.group(2).replace(',', '.'));
    return Optional.of(new Parsed(value, comparator(m.group(1))));
  }

  static Optional<Parsed> of(Quantity quantity) {
    if (!quantity.hasValue()) {
      return Optional.empty();
    }
    Comparator comparator =
        !quantity.hasComparator()
            ? Comparator.NONE
            : switch (quantity.getComparator()) {
              case LESS_THAN -> Comparator.LESS_THAN;
              case LESS_OR_EQUAL -> Comparator.LESS_OR_EQUAL;
              case GREATER_THAN -> Comparator.GREATER_THAN;
              case GREATER_OR_EQUAL -> Comparator.GREATER_OR_EQUAL;
              case NULL -> Comparator.NONE;
            };
    return Optional.of(new Parsed(quantity.getValue(), comparator));
  }

  private static Comparator comparator(String symbol) {
    if (symbol == null) {
      return Comparator.NONE;
    }
    return switch (symbol) {
      case "<" -> Comparator.LESS_THAN;
      case "<=", "≤" -> Comparator.LESS_OR_EQUAL;
      case ">" -> Comparator.GREATER_THAN;
      case ">=", "≥" -> Comparator.GREATER_OR_EQUAL;
      default -> throw new IllegalArgumentException("comparator " + symbol);
    };
  }
}
