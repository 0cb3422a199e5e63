package nl.spiegelbeeld.plugin.pull;

/** The FHIR server did not answer (or not usefully) before anything was pulled. Dutch message. */
public final class FhirServerUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FhirServerUnavailable(String dutchMessage, Throwable cause) {
    super(dutchMessage, cause);
  }
}
