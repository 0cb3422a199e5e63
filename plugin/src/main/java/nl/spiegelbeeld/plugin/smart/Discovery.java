package nl.spiegelbeeld.plugin.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches {@code {iss}/.well-known/smart-configuration} (never guessed endpoints) and keeps each
 * EHR's answer for a few minutes: every launch needs it, and it rarely changes.
 */
public final class Discovery {

  private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final Cache<URI, SmartConfiguration> cache =
      Caffeine.newBuilder().maximumSize(100).expireAfterWrite(Duration.ofMinutes(10)).build();

  public Discovery(HttpClient http) {
    this.http = http;
  }

  /**
   * The EHR's SMART configuration.
   *
   * @throws LoginFailed in Dutch when the server cannot be reached or answers something unusable
   */
  public SmartConfiguration configuration(URI iss) {
    return cache.get(iss, this::fetch);
  }

  private SmartConfiguration fetch(URI iss) {
    URI url = URI.create(iss + "/.well-known/smart-configuration");
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(url)
                  .timeout(TIMEOUT)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.warn("SMART discovery failed: {}", e.getClass().getName());
      throw unreachable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreachable();
    }
    if (response.statusCode() != 200) {
      LOG.warn("SMART discovery answered HTTP {}", response.statusCode());
      throw unusable();
    }
    try {
      JsonNode doc = JSON.readTree(response.body());
      if (doc == null || !doc.isObject()) {
        throw unusable();
      }
      return SmartConfiguration.parse(doc);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("SMART discovery document unusable: {}", e.getClass().getName());
      throw unusable();
    }
  }

  private static LoginFailed unreachable() {
    return new LoginFailed(
        "discovery-unreachable",
        502,
        "Uw HIS is niet bereikbaar",
        "Spiegelbeeld kon de aanmeldgegevens van uw HIS niet ophalen. Probeer het over een paar"
            + " minuten opnieuw vanuit uw HIS; lukt het dan nog niet, neem contact op met uw"
            + " HIS-leverancier.");
  }

  private static LoginFailed unusable() {
    return new LoginFailed(
        "discovery-unusable",
        502,
        "Uw HIS ondersteunt SMART on FHIR niet (goed)",
        "Het adres .well-known/smart-configuration van uw HIS gaf geen bruikbare SMART-"
            + "configuratie. Neem contact op met uw HIS-leverancier of de beheerder van"
            + " Spiegelbeeld.");
  }
}
