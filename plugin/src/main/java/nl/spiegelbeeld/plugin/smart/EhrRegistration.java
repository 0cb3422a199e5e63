package nl.spiegelbeeld.plugin.smart;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * How this deployment is registered with one EHR: the FHIR base it launches from ({@code iss}), the
 * client id the EHR gave us and how we authenticate.
 *
 * @param iss the FHIR base URL, without a trailing slash; launches from any other {@code iss} are
 *     refused
 * @param clientId the {@code client_id} the EHR registered
 * @param clientType public (PKCE only) or confidential asymmetric ({@code private_key_jwt})
 * @param keys the key pair(s) for {@code private_key_jwt}; null for a public client
 * @param scopes the scopes to request instead of the default set; empty for the default
 * @param isDefault the EHR a standalone launch without {@code iss} goes to
 */
public record EhrRegistration(
    URI iss,
    String clientId,
    ClientType clientType,
    ClientKeys keys,
    List<String> scopes,
    boolean isDefault) {

  public EhrRegistration {
    Objects.requireNonNull(iss, "iss");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientType, "clientType");
    if ((clientType == ClientType.CONFIDENTIAL_ASYMMETRIC) != (keys != null)) {
      throw new IllegalArgumentException("keys belong to confidential asymmetric clients only");
    }
    iss = normalize(iss);
    scopes = List.copyOf(scopes);
  }

  /** A public client registration (PKCE only). */
  public static EhrRegistration publicClient(URI iss, String clientId, boolean isDefault) {
    return new EhrRegistration(iss, clientId, ClientType.PUBLIC, null, List.of(), isDefault);
  }

  /** The FHIR base without trailing slashes: {@code iss} is compared as a string. */
  public static URI normalize(URI iss) {
    String text = iss.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }
}
