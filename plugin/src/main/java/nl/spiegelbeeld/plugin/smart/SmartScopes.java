package nl.spiegelbeeld.plugin.smart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which scopes to ask an EHR for and whether the granted ones suffice (SMART App Launch 2, "Scopes
 * and Launch Context"). Spiegelbeeld reads practice-wide, so it asks {@code user/} read-and-search
 * scopes in v2 form ({@code .rs}), or in v1 form ({@code .read}) when the server's discovery says
 * it only knows those.
 */
public final class SmartScopes {

  /** The resource types the pull and the practice identity read, with their Dutch names. */
  static final Map<String, String> RESOURCE_TYPES = resourceTypes();

  private static final List<String> IDENTITY = List.of("openid", "fhirUser", "online_access");

  /** {@code user/Type.perm} with an optional v2 query; groups: context, type, permissions. */
  private static final Pattern RESOURCE_SCOPE =
      Pattern.compile("(user|patient|system)/([A-Za-z*]+)\\.([a-z*]+)(\\?.*)?");

  private static final Pattern V2_PERMISSIONS = Pattern.compile("c?r?u?d?s?");

  private SmartScopes() {}

  private static Map<String, String> resourceTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("Patient", "patiënten");
    types.put("Condition", "episodes en problemen (Condition)");
    types.put("MedicationRequest", "voorschriften");
    types.put("Medication", "geneesmiddelen");
    types.put("Observation", "metingen en labuitslagen");
    types.put("EpisodeOfCare", "episodes (EpisodeOfCare)");
    types.put("Practitioner", "zorgverleners");
    types.put("PractitionerRole", "rollen van zorgverleners");
    types.put("Organization", "praktijken (Organization)");
    return java.util.Collections.unmodifiableMap(types);
  }

  /**
   * The scopes to request.
   *
   * @param override the registration's own list; empty for the default set
   * @param ehrLaunch adds {@code launch} (EHR launch)
   */
  public static List<String> toRequest(
      SmartConfiguration server, List<String> override, boolean ehrLaunch) {
    List<String> scopes = new ArrayList<>();
    if (ehrLaunch) {
      scopes.add("launch");
    }
    if (!override.isEmpty()) {
      override.stream().filter(s -> !scopes.contains(s)).forEach(scopes::add);
      return List.copyOf(scopes);
    }
    scopes.addAll(IDENTITY);
    String suffix = onlyV1(server) ? ".read" : ".rs";
    RESOURCE_TYPES.keySet().forEach(type -> scopes.add("user/" + type + suffix));
    return List.copyOf(scopes);
  }

  /**
   * True when the server says it knows v1 scope names only: its capabilities list {@code
   * permission-v1} without {@code permission-v2}, or its {@code scopes_supported} lists resource
   * scopes but none in v2 form.
   */
  static boolean onlyV1(SmartConfiguration server) {
    List<String> capabilities = server.capabilities();
    if (capabilities.contains("permission-v1") && !capabilities.contains("permission-v2")) {
      return true;
    }
    List<String> supported = server.scopesSupported().orElse(List.of());
    List<Matcher> resourceScopes =
        supported.stream().map(RESOURCE_SCOPE::matcher).filter(Matcher::matches).toList();
    return !resourceScopes.isEmpty() && resourceScopes.stream().noneMatch(m -> isV2(m.group(3)));
  }

  /**
   * The Dutch names of the resource types the granted scopes do not let Spiegelbeeld read and
   * search; empty when everything needed was granted.
   */
  public static List<String> missing(List<String> granted) {
    List<String> missing = new ArrayList<>();
    RESOURCE_TYPES.forEach(
        (type, dutch) -> {
          if (granted.stream().noneMatch(scope -> permitsReadAndSearch(scope, type))) {
            missing.add(dutch);
          }
        });
    return missing;
  }

  /** Whether one scope lets a user read and search every resource of the type. */
  static boolean permitsReadAndSearch(String scope, String type) {
    Matcher m = RESOURCE_SCOPE.matcher(scope);
    if (!m.matches() || !m.group(1).equals("user") || m.group(4) != null) {
      return false; // a v2 query (e.g. ?category=...) narrows the scope: not every resource
    }
    if (!m.group(2).equals(type) && !m.group(2).equals("*")) {
      return false;
    }
    String permissions = m.group(3);
    if (permissions.equals("read") || permissions.equals("*")) {
      return true;
    }
    return isV2(permissions) && permissions.contains("r") && permissions.contains("s");
  }

  private static boolean isV2(String permissions) {
    return !permissions.isEmpty() && V2_PERMISSIONS.matcher(permissions).matches();
  }
}
