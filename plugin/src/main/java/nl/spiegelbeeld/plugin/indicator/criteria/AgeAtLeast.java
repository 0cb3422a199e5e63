package nl.spiegelbeeld.plugin.indicator.criteria;

/**
 * Aged at least {@code years} in completed years on P (indicators.md §1, Age). A patient without a
 * usable birth date, or born after P, never meets it.
 *
 * <pre>{@code {"type": "ageAtLeast", "years": 40}}</pre>
 */
public record AgeAtLeast(int years) implements Criterion {

  public AgeAtLeast {
    if (years < 0) {
      throw new IllegalArgumentException("years must not be negative");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return patient.age().isPresent() && patient.age().getAsInt() >= years;
  }

  @Override
  public String describe() {
    return "leeftijd op de peildatum ≥ " + years + " jaar";
  }
}
