package nl.spiegelbeeld.plugin.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * The peildatum a request asks for: {@code ?peildatum=YYYY-MM-DD}, today (in the Netherlands) when
 * absent. Dates in the future or before 2000 are refused: there is nothing to measure there.
 */
public final class ReferenceDates {

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private ReferenceDates() {}

  public static LocalDate parse(String given, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(NETHERLANDS));
    if (given == null || given.isBlank()) {
      return today;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(given.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidReferenceDate(
          "De peildatum moet een datum zijn als 2026-11-23 (jaar-maand-dag).");
    }
    if (date.isAfter(today)) {
      throw new InvalidReferenceDate("De peildatum mag niet in de toekomst liggen.");
    }
    if (date.isBefore(EARLIEST)) {
      throw new InvalidReferenceDate("De peildatum mag niet vóór 1 januari 2000 liggen.");
    }
    return date;
  }

  /** A peildatum that cannot be used. */
  public static final class InvalidReferenceDate extends ProblemException {
    private static final long serialVersionUID = 1L;

    InvalidReferenceDate(String detail) {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:invalid-peildatum", "Ongeldige peildatum", 400, detail));
    }
  }
}
