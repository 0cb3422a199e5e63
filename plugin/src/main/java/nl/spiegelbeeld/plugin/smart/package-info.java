/**
 * SMART App Launch 2 as a client: which EHRs this deployment is registered with ({@link
 * EhrRegistrations}), discovery through {@code {iss}/.well-known/smart-configuration}, the scopes
 * to ask for and to check, the token endpoint (authorization code, refresh; {@code private_key_jwt}
 * or public client), id_token validation and the app's own JWKS. Nimbus oauth2-oidc-sdk does the
 * OAuth and JOSE work. The browser flow ({@code /launch}, {@code /callback}) is in {@code launch};
 * the session that keeps the tokens in {@code session}.
 */
package nl.spiegelbeeld.plugin.smart;
