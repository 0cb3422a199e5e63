package nl.spiegelbeeld.plugin.pull;

/**
 * The FHIR endpoint answers but cannot be used: not FHIR R4 (e.g. STU3), no CapabilityStatement.
 * The message is Dutch and says what to do.
 */
public final class EndpointRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EndpointRefused(String dutchMessage) {
    super(dutchMessage);
  }
}
