package nl.spiegelbeeld.plugin.measure;

import java.util.Locale;
import nl.spiegelbeeld.plugin.indicator.definition.Scoring;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/** The short Dutch summary the {@code measure} command prints: counts only, no patients. */
final class SummaryText {

  private SummaryText() {}

  static String of(PracticeMeasurement m) {
    var practice = m.data().practice();
    var evaluation = m.evaluation();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Meting %s (AGB %s), peildatum %s: %d patiënten in de praktijkpopulatie.%n",
            practice.name(),
            practice.agb(),
            evaluation.referenceDate(),
            evaluation.population()));
    for (IndicatorResult r : evaluation.indicators()) {
      Counts c = r.main().counts();
      String figure =
          r.definition().scoring() == Scoring.COHORT
              ? c.measurePopulation() + " patiënten"
              : c.numerator()
                  + " van "
                  + c.denominator()
                  + (c.denominator() == 0
                      ? ""
                      : String.format(Locale.ROOT, " (%.1f%%)", 100 * c.proportion())
                          .replace('.', ','));
      out.append(
          String.format(
              Locale.ROOT, "  %-7s %s: %s%n", r.id(), r.definition().title().nl(), figure));
    }
    int problems =
        evaluation.registrationProblems().values().stream().mapToInt(Integer::intValue).sum();
    out.append(
        String.format(
            Locale.ROOT, "Registratieproblemen: %d (zie registratiekwaliteit.json).%n", problems));
    return out.toString();
  }
}
