package nl.spiegelbeeld.benchmark.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The strata that may leave a practice (indicators.md section 5): sex and the shared age bands,
 * with the stratum codes the plugin uses ({@code SexStratifier}, {@code AgeBandStratifier} with
 * shared bands). {@code unknown} is part of both: every patient of a population is in exactly one
 * stratum, so the strata add up to the population.
 */
final class SharedStrata {

  /** Stratifier code to (stratum code to Dutch label), in the plugin's order. */
  private static final Map<String, Map<String, String>> STRATA = new LinkedHashMap<>();

  private static final Map<String, String> TITLES =
      Map.of("sex", "geslacht", "age-band-shared", "leeftijdsgroep");

  static {
    Map<String, String> sex = new LinkedHashMap<>();
    sex.put("female", "vrouw");
    sex.put("male", "man");
    sex.put("other", "anders");
    sex.put("unknown", "onbekend");
    STRATA.put("sex", sex);
    Map<String, String> age = new LinkedHashMap<>();
    age.put("lt65", "< 65");
    age.put("65-79", "65–79");
    age.put("80+", "80+");
    age.put("unknown", "leeftijd onbekend");
    STRATA.put("age-band-shared", age);
  }

  private SharedStrata() {}

  static boolean isShared(String stratifier) {
    return STRATA.containsKey(stratifier);
  }

  /** The Dutch label of a stratum code, empty when the code is not one of the stratifier's. */
  static Optional<String> label(String stratifier, String code) {
    return Optional.ofNullable(STRATA.getOrDefault(stratifier, Map.of()).get(code));
  }

  static String title(String stratifier) {
    return TITLES.getOrDefault(stratifier, stratifier);
  }

  static String allowedCodes(String stratifier) {
    return String.join(", ", STRATA.get(stratifier).keySet());
  }
}
