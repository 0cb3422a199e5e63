package nl.spiegelbeeld.plugin.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EHRs this deployment serves, read from a JSON file ({@code SPIEGELBEELD_EHRS}):
 *
 * <pre>{@code
 * {"ehrs": [
 *   {"iss": "https://fhir.his-a.example/r4", "clientId": "spiegelbeeld",
 *    "clientType": "confidential-asymmetric", "jwksFile": "his-a.jwks.json",
 *    "signingKeyId": "2026-11", "default": true},
 *   {"iss": "https://fhir.his-b.example", "clientId": "abc123", "clientType": "public",
 *    "scopes": ["launch", "openid", "fhirUser", "user/*.rs"]}
 * ]}
 * }</pre>
 *
 * <p>A relative {@code jwksFile} is read from the registrations file's folder. Every problem is
 * collected and reported in Dutch before the app starts.
 */
public final class EhrRegistrations {

  /** The local demo: the sandbox EHR on port 8070 with the public client it registers. */
  public static final URI DEMO_ISS = URI.create("http://localhost:8070/fhir");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<URI, EhrRegistration> byIss;

  public EhrRegistrations(List<EhrRegistration> registrations) {
    Map<URI, EhrRegistration> map = new LinkedHashMap<>();
    for (EhrRegistration registration : registrations) {
      if (map.put(registration.iss(), registration) != null) {
        throw new IllegalArgumentException("iss registered twice: " + registration.iss());
      }
    }
    if (map.values().stream().filter(EhrRegistration::isDefault).count() > 1) {
      throw new IllegalArgumentException("more than one default EHR");
    }
    this.byIss = Map.copyOf(map);
  }

  /** The demo default: the sandbox at {@link #DEMO_ISS}, public client {@code spiegelbeeld}. */
  public static EhrRegistrations demo() {
    return new EhrRegistrations(
        List.of(EhrRegistration.publicClient(DEMO_ISS, "spiegelbeeld", true)));
  }

  /** The registration for a launch's {@code iss}, compared without trailing slashes. */
  public Optional<EhrRegistration> find(URI iss) {
    return Optional.ofNullable(byIss.get(EhrRegistration.normalize(iss)));
  }

  /** The EHR of a standalone launch without {@code iss}: the marked default, or the only one. */
  public Optional<EhrRegistration> standaloneDefault() {
    if (byIss.size() == 1) {
      return Optional.of(byIss.values().iterator().next());
    }
    return byIss.values().stream().filter(EhrRegistration::isDefault).findFirst();
  }

  public List<EhrRegistration> all() {
    return List.copyOf(byIss.values());
  }

  /** The public keys of every confidential client, current and previous: the app's JWKS. */
  public JWKSet publicJwks() {
    List<JWK> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EhrRegistration registration : byIss.values()) {
      if (registration.keys() != null) {
        registration.keys().publicKeys().stream()
            .filter(key -> seen.add(key.getKeyID()))
            .forEach(keys::add);
      }
    }
    return new JWKSet(keys);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EhrRegistrations that && byIss.equals(that.byIss);
  }

  @Override
  public int hashCode() {
    return byIss.hashCode();
  }

  @Override
  public String toString() {
    return "EhrRegistrations" + byIss.keySet();
  }

  /**
   * Reads and checks the file.
   *
   * @throws IllegalArgumentException with one Dutch sentence per problem, joined
   */
  public static EhrRegistrations read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "het bestand "
              + file
              + " is niet te lezen of geen geldige JSON ("
              + e.getMessage()
              + ")");
    }
    JsonNode entries = root == null ? null : root.get("ehrs");
    if (entries == null || !entries.isArray() || entries.isEmpty()) {
      throw new IllegalArgumentException(
          file + " moet de vorm {\"ehrs\": [ ... ]} hebben, met ten minste één EHD");
    }
    List<String> problems = new ArrayList<>();
    List<EhrRegistration> registrations = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : entries) {
      index++;
      try {
        registrations.add(registration(entry, file.toAbsolutePath().getParent()));
      } catch (IllegalArgumentException e) {
        problems.add("EHD " + index + " in " + file + ": " + e.getMessage());
      }
    }
    if (problems.isEmpty()) {
      try {
        return new EhrRegistrations(registrations);
      } catch (IllegalArgumentException e) {
        problems.add(
            file
                + ": elke iss mag één keer voorkomen en ten hoogste één EHD mag \"default\""
                + " zijn");
      }
    }
    throw new IllegalArgumentException(String.join(" ", problems));
  }

  private static EhrRegistration registration(JsonNode entry, Path folder) {
    URI iss = iss(text(entry, "iss"));
    String clientId = text(entry, "clientId");
    ClientType type = clientType(text(entry, "clientType"));
    ClientKeys keys = null;
    if (type == ClientType.CONFIDENTIAL_ASYMMETRIC) {
      keys = keys(text(entry, "jwksFile"), entry.path("signingKeyId").asText(null), folder);
    } else if (entry.has("jwksFile")) {
      throw new IllegalArgumentException("een publieke client heeft geen jwksFile");
    }
    List<String> scopes = new ArrayList<>();
    entry.path("scopes").forEach(scope -> scopes.add(scope.asText()));
    return new EhrRegistration(
        iss, clientId, type, keys, scopes, entry.path("default").asBoolean(false));
  }

  private static String text(JsonNode entry, String field) {
    String value = entry.path(field).asText("");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' ontbreekt");
    }
    return value.strip();
  }

  private static URI iss(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'iss' moet het http(s)-adres van een FHIR-server zijn, zonder vraagteken of #-deel;"
            + " gekregen: '"
            + value
            + "'");
  }

  private static ClientType clientType(String value) {
    return switch (value) {
      case "public" -> ClientType.PUBLIC;
      case "confidential-asymmetric" -> ClientType.CONFIDENTIAL_ASYMMETRIC;
      default ->
          throw new IllegalArgumentException(
              "'clientType' moet 'public' of 'confidential-asymmetric' zijn; gekregen: '"
                  + value
                  + "'");
    };
  }

  private static ClientKeys keys(String jwksFile, String signingKeyId, Path folder) {
    Path path = folder == null ? Path.of(jwksFile) : folder.resolve(jwksFile);
    JWKSet set;
    try {
      set = JWKSet.parse(Files.readString(path));
    } catch (IOException e) {
      throw new IllegalArgumentException("sleutelbestand " + path + " is niet te lezen");
    } catch (ParseException e) {
      throw new IllegalArgumentException("sleutelbestand " + path + " is geen JWK Set");
    }
    return ClientKeys.of(set, signingKeyId);
  }
}
