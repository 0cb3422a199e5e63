package nl.spiegelbeeld.plugin.measurement;

import java.net.http.HttpTimeoutException;
import java.util.List;
import nl.spiegelbeeld.plugin.pull.EndpointRefused;
import nl.spiegelbeeld.plugin.pull.FetchFailed;
import nl.spiegelbeeld.plugin.pull.FhirServerUnavailable;
import nl.spiegelbeeld.plugin.pull.PracticeNotResolved;
import nl.spiegelbeeld.plugin.pull.PullIncomplete;

/**
 * Turns what ended a pull into what the user reads: a title naming the fault as a GP sees it, what
 * happened (the pull's Dutch message), that nothing is shown or shared, and what to do.
 */
final class Failures {

  private static final String NOTHING_SHOWN = " Er wordt niets getoond of gedeeld.";
  private static final String RETRY =
      " Probeer het over een paar minuten opnieuw met Ververs. Blijft het misgaan, meld het dan"
          + " aan de beheerder van het HIS.";

  private Failures() {}

  static Failure of(Throwable t) {
    FetchFailed fetch = fetchFailed(t);
    List<String> missing =
        t instanceof PullIncomplete e && e.resourceType() != null
            ? List.of(e.resourceType())
            : List.of();
    if (fetch != null && (fetch.status() == 401 || fetch.status() == 403)) {
      return new Failure(
          "Geen toegang meer tot het dossier",
          "De FHIR-server van het HIS weigert Spiegelbeeld de toegang: uw aanmelding is verlopen"
              + " of de rechten zijn onvoldoende."
              + NOTHING_SHOWN
              + " Sluit Spiegelbeeld en open het opnieuw vanuit het HIS. Helpt dat niet, vraag dan"
              + " de beheerder van het HIS de rechten van Spiegelbeeld na te kijken.",
          missing);
    }
    if (t instanceof PullIncomplete e) {
      String title = "Gegevens niet volledig opgehaald";
      if (fetch != null && fetch.getCause() instanceof HttpTimeoutException) {
        title = "FHIR-server reageert te traag";
      } else if (fetch != null && fetch.status() == 429) {
        title = "FHIR-server is te druk";
      } else if (fetch != null && fetch.status() >= 500) {
        title = "FHIR-server geeft fouten";
      }
      return new Failure(title, withAdvice(e.getMessage()), missing);
    }
    if (t instanceof FhirServerUnavailable e) {
      return new Failure("FHIR-server niet bereikbaar", withAdvice(e.getMessage()), List.of());
    }
    if (t instanceof EndpointRefused e) {
      return new Failure("FHIR-server niet bruikbaar", e.getMessage() + NOTHING_SHOWN, List.of());
    }
    if (t instanceof PracticeNotResolved e && fetch != null) {
      // Not a missing practice: the server failed while we looked for it.
      return new Failure("FHIR-server geeft fouten", withAdvice(e.getMessage()), List.of());
    }
    if (t instanceof PracticeNotResolved e) {
      String what = e.getMessage();
      if (!what.contains("Vraag ")) {
        what +=
            " Open Spiegelbeeld vanuit het HIS van uw eigen praktijk. Klopt dat al, vraag dan de"
                + " beheerder van het HIS uw account aan de praktijk (met haar AGB-code) te"
                + " koppelen.";
      }
      return new Failure("Praktijk niet gevonden", what + NOTHING_SHOWN, List.of());
    }
    if (t instanceof InterruptedException) {
      return new Failure(
          "Meting afgebroken",
          "Het ophalen is gestopt voordat alles binnen was. Start de meting opnieuw (Ververs).",
          List.of());
    }
    return new Failure(
        "Meting mislukt",
        "Er ging onverwacht iets mis bij het ophalen of berekenen. Er wordt niets getoond of"
            + " gedeeld. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.",
        List.of());
  }

  /** The pull's messages for the command line already say to try again; Ververs is the app's. */
  private static String withAdvice(String message) {
    return message.contains("Probeer")
        ? message + NOTHING_SHOWN + " Opnieuw proberen kan met Ververs."
        : message + NOTHING_SHOWN + RETRY;
  }

  /** The request that failed for good, if that is what ended the pull. */
  private static FetchFailed fetchFailed(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof FetchFailed f) {
        return f;
      }
    }
    return null;
  }
}
