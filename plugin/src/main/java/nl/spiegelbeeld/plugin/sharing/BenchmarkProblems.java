package nl.spiegelbeeld.plugin.sharing;

import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/** What can go wrong between the app and the benchmark, in Dutch for the practice. */
public final class BenchmarkProblems {

  private BenchmarkProblems() {}

  /** The benchmark did not answer, or not in a way the app understands. */
  public static final class Unavailable extends ProblemException {
    private static final long serialVersionUID = 1L;

    Unavailable(String url) {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:benchmark-unavailable",
              "De benchmarkdienst is niet bereikbaar",
              503,
              "Spiegelbeeld kreeg geen antwoord van de benchmarkdienst ("
                  + url
                  + "). Er is niets gedeeld. Probeer het later opnieuw; blijft het misgaan, neem"
                  + " dan contact op met de beheerder van uw wijkgroep."));
    }
  }

  /** The benchmark refused a request that is not a submission (authentication, a group). */
  public static final class Refused extends ProblemException {
    private static final long serialVersionUID = 1L;

    Refused(int status, String detail) {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:benchmark-refused",
              "De benchmarkdienst weigert het verzoek",
              502,
              "De benchmarkdienst antwoordde " + status + ": " + detail));
    }
  }

  /** Sharing needs a complete measurement. */
  public static final class NothingToShare extends ProblemException {
    private static final long serialVersionUID = 1L;

    public static final String TYPE = "urn:spiegelbeeld:problem:nothing-to-share";

    NothingToShare() {
      super(
          new Problem(
              TYPE,
              "Nog niets om te delen",
              404,
              "Delen kan pas na een volledige meting voor deze peildatum. Ga naar het overzicht"
                  + " en haal de gegevens op (Ververs); daarna ziet u hier wat er gedeeld wordt."));
    }
  }

  /** What was confirmed differs from what would now be sent. */
  public static final class Changed extends ProblemException {
    private static final long serialVersionUID = 1L;

    Changed() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:share-changed",
              "De gegevens zijn intussen veranderd",
              409,
              "Wat u bevestigde is niet meer wat gedeeld zou worden (nieuwe meting of andere"
                  + " drempel). Er is niets verstuurd. Bekijk de gegevens opnieuw en bevestig"
                  + " dan."));
    }
  }

  /** This deployment has no key for the benchmark. */
  public static final class NotConfigured extends ProblemException {
    private static final long serialVersionUID = 1L;

    NotConfigured() {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:sharing-not-configured",
              "Delen is niet ingesteld",
              503,
              "Deze installatie van Spiegelbeeld heeft geen sleutel voor de benchmarkdienst"
                  + " (SPIEGELBEELD_BENCHMARK_KEY_FILE). Vraag uw beheerder dit in te stellen."));
    }
  }
}
