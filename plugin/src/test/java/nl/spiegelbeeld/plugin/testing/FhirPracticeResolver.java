package nl.spiegelbeeld.plugin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import nl.spiegelbeeld.plugin.smart.PracticeResolver;

/**
 * A test-only resolver that reads through the FHIR API with the session's token: the Practitioner's
 * first PractitionerRole, its Organization, the AGB code. The pull feature's resolver replaces it
 * in the app.
 */
public final class FhirPracticeResolver implements PracticeResolver {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public PracticeIdentity resolve(URI fhirBase, String fhirUser, AccessTokens tokens) {
    String practitioner = fhirUser.substring(fhirUser.indexOf("Practitioner/"));
    JsonNode roles = read(fhirBase + "/PractitionerRole?practitioner=" + practitioner, tokens);
    String organization =
        roles
            .path("entry")
            .path(0)
            .path("resource")
            .path("organization")
            .path("reference")
            .asText("");
    if (organization.isEmpty()) {
      throw new PracticeNotResolved("no PractitionerRole with an organization");
    }
    JsonNode org = read(fhirBase + "/" + organization, tokens);
    for (JsonNode identifier : org.path("identifier")) {
      if (CodeSystems.AGB_Z.equals(identifier.path("system").asText())) {
        return new PracticeIdentity(
            identifier.path("value").asText(),
            org.path("name").asText(),
            organization,
            new Practice(Set.of(organization, practitioner), Set.of(), false));
      }
    }
    throw new PracticeNotResolved("organization without AGB code");
  }

  private JsonNode read(String url, AccessTokens tokens) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/fhir+json");
    tokens.current().ifPresent(token -> request.header("Authorization", "Bearer " + token));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("FHIR answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
