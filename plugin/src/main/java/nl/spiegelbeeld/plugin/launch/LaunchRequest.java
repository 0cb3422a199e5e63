package nl.spiegelbeeld.plugin.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An EHR launch as the HIS sends it: {@code GET /launch?iss=...&launch=...} (SMART App Launch 2.x,
 * "EHR launch").
 *
 * @param iss the FHIR base URL of the practice's HIS
 * @param launch the opaque launch token the HIS will recognise during authorization
 */
public record LaunchRequest(URI iss, String launch) {

  /** Generous bounds; they only stop absurd input from being parsed and echoed. */
  static final int MAX_ISS_LENGTH = 2048;

  static final int MAX_LAUNCH_LENGTH = 4096;

  private static final String RESTART = " Start Spiegelbeeld opnieuw vanuit uw HIS.";

  public LaunchRequest {
    Objects.requireNonNull(iss, "iss");
    Objects.requireNonNull(launch, "launch");
  }

  /**
   * Validates the query parameters of a launch; either may be null when the HIS left it out.
   *
   * @throws LaunchRejected with a Dutch explanation when a parameter is missing or unusable
   */
  public static LaunchRequest fromQuery(String iss, String launch) {
    if (iss == null || iss.isBlank()) {
      throw new LaunchRejected(
          "De parameter 'iss' (het adres van de FHIR-server van uw HIS) ontbreekt." + RESTART);
    }
    URI issUri = parseIss(iss);
    if (launch == null || launch.isBlank()) {
      // Standalone launch (without the HIS context) comes later; until then launch is required.
      throw new LaunchRejected(
          "De parameter 'launch' (de startcode van uw HIS) ontbreekt." + RESTART);
    }
    if (launch.length() > MAX_LAUNCH_LENGTH) {
      throw new LaunchRejected("De parameter 'launch' is te lang." + RESTART);
    }
    return new LaunchRequest(issUri, launch);
  }

  private static URI parseIss(String iss) {
    LaunchRejected notAFhirBase =
        new LaunchRejected(
            "De parameter 'iss' moet het volledige http- of https-adres van een FHIR-server zijn,"
                + " zonder gebruikersnaam, vraagteken of #-deel (bijvoorbeeld"
                + " https://fhir.example.nl/r4)."
                + RESTART);
    if (iss.length() > MAX_ISS_LENGTH) {
      throw notAFhirBase;
    }
    URI uri;
    try {
      uri = new URI(iss);
    } catch (URISyntaxException e) {
      throw notAFhirBase;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    // A FHIR base is a plain URL: credentials, a query or a fragment would change what we call.
    if (!web
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw notAFhirBase;
    }
    return uri;
  }
}
