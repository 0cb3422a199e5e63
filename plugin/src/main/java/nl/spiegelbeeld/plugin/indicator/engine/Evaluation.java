package nl.spiegelbeeld.plugin.indicator.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;

/**
 * The indicators of a practice on peildatum P.
 *
 * @param measurementPeriodStart {@code P − 364} (the period is {@code [P − 364, P]})
 * @param population listed patients in the practice population on P
 * @param registrationProblems registration problems of the population's patients, by kind
 */
public record Evaluation(
    LocalDate referenceDate,
    LocalDate measurementPeriodStart,
    int population,
    List<IndicatorResult> indicators,
    Map<RegistrationProblem.Kind, Integer> registrationProblems) {

  public Evaluation {
    Objects.requireNonNull(referenceDate, "referenceDate");
    indicators = List.copyOf(indicators);
    registrationProblems = Map.copyOf(registrationProblems);
  }

  public IndicatorResult indicator(String id) {
    return indicators.stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no result for " + id));
  }
}
