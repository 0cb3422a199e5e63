package nl.spiegelbeeld.plugin.smart;

/** How Spiegelbeeld authenticates at an EHR's token endpoint (SMART App Launch 2, client types). */
public enum ClientType {
  /** Only {@code client_id} and PKCE; for app hubs that register public clients only. */
  PUBLIC,
  /** {@code private_key_jwt} signed RS384 or ES384 with a key this deployment holds. */
  CONFIDENTIAL_ASYMMETRIC
}
