package nl.spiegelbeeld.plugin.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The peildatum of a request: {@code ?peildatum=YYYY-MM-DD}, today when absent. */
public final class ReferenceDates {

  private ReferenceDates() {}

  /** Parses the parameter; refuses dates in the future (there is nothing to measure yet). */
  public static LocalDate parse(String parameter, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (parameter == null || parameter.isBlank()) {
      return today;
    }
    LocalDate p;
    try {
      p = LocalDate.parse(parameter.strip());
    } catch (DateTimeParseException e) {
      throw new ApiProblems.InvalidReferenceDate(
          "Kies een geldige datum, bijvoorbeeld " + today + " (jaar-maand-dag).");
    }
    if (p.isAfter(today)) {
      throw new ApiProblems.InvalidReferenceDate(
          "De peildatum ligt in de toekomst. Kies vandaag (" + today + ") of een eerdere datum.");
    }
    return p;
  }
}
