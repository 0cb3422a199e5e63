package nl.spiegelbeeld.plugin.api;

import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/** The API's own problems, each with a Dutch message that says what to do. */
public final class ApiProblems {

  private ApiProblems() {}

  /** No complete measurement for this peildatum yet: the UI starts or follows a pull. */
  public static final class NoMeasurement extends ProblemException {
    private static final long serialVersionUID = 1L;

    public static final String TYPE = "urn:spiegelbeeld:problem:no-measurement";

    NoMeasurement() {
      super(
          new Problem(
              TYPE,
              "Nog geen meting voor deze peildatum",
              404,
              "De gegevens voor deze peildatum zijn nog niet (volledig) opgehaald. Kies"
                  + " 'Ververs' om ze op te halen."));
    }
  }

  /** The peildatum parameter is not a date or lies in the future. */
  public static final class InvalidReferenceDate extends ProblemException {
    private static final long serialVersionUID = 1L;

    InvalidReferenceDate(String detail) {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:invalid-peildatum", "Ongeldige peildatum", 400, detail));
    }
  }

  /** No such indicator or worklist in the catalogue. */
  public static final class UnknownIndicator extends ProblemException {
    private static final long serialVersionUID = 1L;

    UnknownIndicator() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:unknown-indicator",
              "Onbekende indicator of werklijst",
              404,
              "Deze indicator of werklijst bestaat niet. Ga terug naar het overzicht."));
    }
  }

  /** The measurement is of another practice than the session's: patient data is not shown. */
  public static final class OtherPractice extends ProblemException {
    private static final long serialVersionUID = 1L;

    OtherPractice() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:other-practice",
              "Geen toegang",
              403,
              "Deze gegevens horen bij een andere praktijk. Open Spiegelbeeld opnieuw vanuit"
                  + " het HIS van uw eigen praktijk."));
    }
  }

  /** The request body is not the JSON the screen sends. */
  public static final class UnreadableBody extends ProblemException {
    private static final long serialVersionUID = 1L;

    UnreadableBody() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:unreadable-body",
              "Verzoek niet begrepen",
              400,
              "Spiegelbeeld kon de gegevens niet lezen. Laad de pagina opnieuw en probeer het"
                  + " nog eens."));
    }
  }
}
