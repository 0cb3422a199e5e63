package nl.spiegelbeeld.plugin.pull;

/** Lets tests in other packages use this package's FHIR stubs. */
public final class PullTestAccess {

  private PullTestAccess() {}

  /** An R4 CapabilityStatement with the chained medication code search. */
  public static String capabilityStatement() {
    return FhirStubs.capabilityStatement("4.0.1", true);
  }
}
