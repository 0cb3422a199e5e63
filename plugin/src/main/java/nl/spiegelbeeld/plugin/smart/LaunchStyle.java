package nl.spiegelbeeld.plugin.smart;

import java.util.Map;
import java.util.Optional;

/**
 * The token response's SMART App Launch 2 style parameters.
 *
 * @param styleUrl {@code smart_style_url}, if given as a string
 * @param needPatientBanner {@code need_patient_banner}, if given as a boolean
 */
public record LaunchStyle(Optional<String> styleUrl, Optional<Boolean> needPatientBanner) {

  public static final LaunchStyle NONE = new LaunchStyle(Optional.empty(), Optional.empty());

  /** From a token response's custom parameters; values of another type are ignored. */
  public static LaunchStyle from(Map<String, Object> parameters) {
    Object url = parameters.get("smart_style_url");
    Object banner = parameters.get("need_patient_banner");
    return new LaunchStyle(
        url instanceof String s && !s.isBlank() && s.length() <= 2000
            ? Optional.of(s)
            : Optional.empty(),
        banner instanceof Boolean b ? Optional.of(b) : Optional.empty());
  }
}
