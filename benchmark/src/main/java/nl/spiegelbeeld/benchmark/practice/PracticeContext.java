package nl.spiegelbeeld.benchmark.practice;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A practice's context beside its figures: list size and the number of listed patients per sex and
 * per shared age band (indicators.md section 5). Every part is optional.
 *
 * @param listSize the number of listed patients, or null when not registered
 * @param sex counts per sex code ({@code female, male, other, unknown})
 * @param ageBands counts per shared age band ({@code lt65, 65-79, 80+, unknown})
 */
public record PracticeContext(
    Integer listSize, Map<String, Integer> sex, Map<String, Integer> ageBands) {

  public static final Set<String> SEX_CODES = Set.of("female", "male", "other", "unknown");
  public static final Set<String> AGE_CODES = Set.of("lt65", "65-79", "80+", "unknown");

  public static final PracticeContext NONE = new PracticeContext(null, Map.of(), Map.of());

  public PracticeContext {
    sex = new TreeMap<>(Objects.requireNonNull(sex, "sex"));
    ageBands = new TreeMap<>(Objects.requireNonNull(ageBands, "ageBands"));
    if (listSize != null && listSize < 0) {
      throw new IllegalArgumentException("De praktijkgrootte mag niet negatief zijn.");
    }
    check(sex, SEX_CODES, "geslacht");
    check(ageBands, AGE_CODES, "leeftijdsgroep");
  }

  private static void check(Map<String, Integer> counts, Set<String> codes, String what) {
    counts.forEach(
        (code, count) -> {
          if (!codes.contains(code)) {
            throw new IllegalArgumentException(
                "Onbekende "
                    + what
                    + " '"
                    + code
                    + "'; toegestaan: "
                    + String.join(", ", new TreeSet<>(codes))
                    + ".");
          }
          if (count == null || count < 0) {
            throw new IllegalArgumentException(
                "Het aantal voor " + what + " '" + code + "' moet 0 of meer zijn.");
          }
        });
  }
}
