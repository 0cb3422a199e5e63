package nl.spiegelbeeld.plugin.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A launch as it arrives at {@code GET /launch} (SMART App Launch 2.x): an EHR launch carries
 * {@code iss} and {@code launch}; a standalone launch {@code iss} only, or nothing when the
 * deployment has a default EHR.
 *
 * @param iss the FHIR base URL of the practice's HIS, if given
 * @param launch the opaque launch token of an EHR launch, if given
 */
public record LaunchRequest(Optional<URI> iss, Optional<String> launch) {

  /** Generous bounds; they only stop absurd input from being parsed and echoed. */
  static final int MAX_ISS_LENGTH = 2048;

  static final int MAX_LAUNCH_LENGTH = 4096;

  private static final String RESTART = " Start Spiegelbeeld opnieuw vanuit uw HIS.";

  public LaunchRequest {
    Objects.requireNonNull(iss, "iss");
    Objects.requireNonNull(launch, "launch");
  }

  /** Whether this is an EHR launch (with a launch token). */
  public boolean ehrLaunch() {
    return launch.isPresent();
  }

  /**
   * Validates the query parameters of a launch; either may be null when left out.
   *
   * @throws LaunchRejected with a Dutch explanation when a parameter is unusable
   */
  public static LaunchRequest fromQuery(String iss, String launch) {
    boolean hasIss = iss != null && !iss.isBlank();
    boolean hasLaunch = launch != null && !launch.isBlank();
    if (hasLaunch && !hasIss) {
      throw new LaunchRejected(
          "De parameter 'iss' (het adres van de FHIR-server van uw HIS) ontbreekt." + RESTART);
    }
    if (hasLaunch && launch.length() > MAX_LAUNCH_LENGTH) {
      throw new LaunchRejected("De parameter 'launch' is te lang." + RESTART);
    }
    return new LaunchRequest(
        hasIss ? Optional.of(parseIss(iss)) : Optional.empty(),
        hasLaunch ? Optional.of(launch) : Optional.empty());
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
