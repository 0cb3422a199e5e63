package nl.spiegelbeeld.plugin.measurement;

import java.util.List;
import nl.spiegelbeeld.plugin.pull.EndpointRefused;
import nl.spiegelbeeld.plugin.pull.FhirServerUnavailable;
import nl.spiegelbeeld.plugin.pull.PracticeNotResolved;
import nl.spiegelbeeld.plugin.pull.PullIncomplete;

/** Turns what ended a pull into what the user reads. The pull's messages are Dutch already. */
final class Failures {

  private Failures() {}

  static Failure of(Throwable t) {
    if (t instanceof PullIncomplete e) {
      return new Failure(
          "Gegevens niet volledig opgehaald",
          e.getMessage() + " Er wordt niets getoond of gedeeld. Probeer het opnieuw (Ververs).",
          e.resourceType() == null ? List.of() : List.of(e.resourceType()));
    }
    if (t instanceof FhirServerUnavailable e) {
      return new Failure("FHIR-server niet bereikbaar", e.getMessage(), List.of());
    }
    if (t instanceof EndpointRefused e) {
      return new Failure("FHIR-server niet bruikbaar", e.getMessage(), List.of());
    }
    if (t instanceof PracticeNotResolved e) {
      return new Failure("Praktijk niet gevonden", e.getMessage(), List.of());
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
}
