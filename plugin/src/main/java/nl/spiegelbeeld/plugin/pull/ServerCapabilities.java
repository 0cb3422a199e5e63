package nl.spiegelbeeld.plugin.pull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a server's CapabilityStatement ({@code /metadata}) says the pull may use: its FHIR version,
 * and per resource type the search parameters, includes and revincludes it offers. A server must be
 * FHIR R4 (4.0.x); STU3 and others are refused in Dutch.
 */
public final class ServerCapabilities {

  /** One resource type as the server declares it. */
  record TypeSupport(
      Set<String> searchParams,
      Map<String, String> documentation,
      Set<String> includes,
      Set<String> revIncludes) {}

  private final String fhirVersion;
  private final Map<String, TypeSupport> types;
  private final boolean systemExport;

  private ServerCapabilities(
      String fhirVersion, Map<String, TypeSupport> types, boolean systemExport) {
    this.fhirVersion = fhirVersion;
    this.types = Map.copyOf(types);
    this.systemExport = systemExport;
  }

  /** Reads a CapabilityStatement; refuses anything that is not one, or not R4. */
  public static ServerCapabilities of(JsonNode statement) {
    if (!"CapabilityStatement".equals(statement.path("resourceType").asText())) {
      String type = statement.path("resourceType").asText();
      throw new EndpointRefused(
          "Het adres geeft geen FHIR CapabilityStatement"
              + ("Conformance".equals(type) ? " maar een Conformance (FHIR DSTU2)" : "")
              + ". Controleer het FHIR-adres: Spiegelbeeld werkt alleen met FHIR R4.");
    }
    String version = statement.path("fhirVersion").asText("");
    if (!version.startsWith("4.0")) {
      throw new EndpointRefused(
          "De FHIR-server spreekt FHIR "
              + (version.isEmpty() ? "(onbekende versie)" : version)
              + (version.startsWith("3.0") ? " (STU3)" : "")
              + "; Spiegelbeeld werkt alleen met FHIR R4 (4.0.x). Vraag de leverancier van het"
              + " HIS om het R4-adres van de FHIR-server.");
    }
    Map<String, TypeSupport> types = new HashMap<>();
    boolean systemExport = false;
    for (JsonNode rest : statement.path("rest")) {
      if (!"server".equals(rest.path("mode").asText("server"))) {
        continue;
      }
      for (JsonNode op : rest.path("operation")) {
        systemExport |= "export".equals(op.path("name").asText());
      }
      for (JsonNode r : rest.path("resource")) {
        Set<String> params = new HashSet<>();
        Map<String, String> docs = new HashMap<>();
        for (JsonNode p : r.path("searchParam")) {
          params.add(p.path("name").asText());
          docs.put(p.path("name").asText(), p.path("documentation").asText(""));
        }
        types.put(
            r.path("type").asText(),
            new TypeSupport(
                params, docs, texts(r.path("searchInclude")), texts(r.path("searchRevInclude"))));
      }
    }
    return new ServerCapabilities(version, types, systemExport);
  }

  public String fhirVersion() {
    return fhirVersion;
  }

  /**
   * True when the server offers Bulk Data {@code $export} at system level ({@code [base]/$export},
   * declared as a server operation named {@code export}). Patient- and Group-level exports are not
   * used: Medication is not in the Patient compartment, and the practice's Group is not known.
   */
  public boolean systemExport() {
    return systemExport;
  }

  public boolean supportsType(String type) {
    return types.containsKey(type);
  }

  public boolean searchParam(String type, String name) {
    TypeSupport t = types.get(type);
    return t != null && t.searchParams().contains(name);
  }

  public boolean include(String type, String include) {
    TypeSupport t = types.get(type);
    return t != null && t.includes().contains(include);
  }

  public boolean revInclude(String type, String revInclude) {
    TypeSupport t = types.get(type);
    return t != null && t.revIncludes().contains(revInclude);
  }

  /**
   * True when MedicationRequest can be searched by its Medication's code ({@code medication.code}).
   * R4 has no element for chains, so a server declares them as a parameter named {@code
   * medication.code} / {@code medication:Medication.code}, or in the documentation of its {@code
   * medication} parameter. {@code code} alone is not enough: it matches only agreements with an
   * inline medication, not those referring to a Medication.
   */
  public boolean medicationCodeChain() {
    TypeSupport t = types.get("MedicationRequest");
    if (t == null) {
      return false;
    }
    if (t.searchParams().contains("medication.code")
        || t.searchParams().contains("medication:Medication.code")) {
      return true;
    }
    return t.searchParams().contains("medication")
        && t.documentation().getOrDefault("medication", "").contains("medication.code");
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
