package nl.spiegelbeeld.benchmark.submission;

import java.util.Map;

/** The population codes of a summary MeasureReport and their Dutch names for messages. */
final class Populations {

  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";

  private static final Map<String, String> NAMES =
      Map.of(
          "initial-population",
          "initiële populatie",
          DENOMINATOR,
          "noemer",
          "denominator-exclusion",
          "exclusies",
          NUMERATOR,
          "teller",
          "measure-population",
          "meetpopulatie");

  private Populations() {}

  static boolean known(String code) {
    return NAMES.containsKey(code);
  }

  static String name(String code) {
    return NAMES.getOrDefault(code, code);
  }
}
