package nl.spiegelbeeld.plugin.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The key pair(s) of a confidential asymmetric client, from a JWK Set with private keys. One key
 * signs client assertions (the named one, or the first); every key's public part stays published in
 * the app's JWKS, so an EHR that cached the previous key keeps verifying during a rotation. RSA
 * keys sign RS384, EC P-384 keys ES384 (SMART App Launch 2, asymmetric client authentication).
 */
public final class ClientKeys {

  private final JWKSet keys;
  private final JWK signing;

  private ClientKeys(JWKSet keys, JWK signing) {
    this.keys = keys;
    this.signing = signing;
  }

  /**
   * Checks the keys: each has a {@code kid} and fits RS384 or ES384; the signing one is private.
   *
   * @param signingKeyId the {@code kid} of the key that signs; null for the first key
   * @throws IllegalArgumentException in Dutch, naming what is wrong with the keys
   */
  public static ClientKeys of(JWKSet keys, String signingKeyId) {
    Objects.requireNonNull(keys, "keys");
    List<String> problems = new ArrayList<>();
    if (keys.getKeys().isEmpty()) {
      throw new IllegalArgumentException("de sleutelset bevat geen sleutels");
    }
    for (JWK key : keys.getKeys()) {
      if (key.getKeyID() == null || key.getKeyID().isBlank()) {
        problems.add("elke sleutel heeft een 'kid' nodig");
      }
      try {
        algorithm(key);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    JWK signing = signingKeyId == null ? keys.getKeys().get(0) : keys.getKeyByKeyId(signingKeyId);
    if (signing == null) {
      problems.add("de ondertekensleutel '" + signingKeyId + "' staat niet in de sleutelset");
    } else if (!signing.isPrivate()) {
      problems.add("de ondertekensleutel '" + signing.getKeyID() + "' mist het privédeel");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new ClientKeys(keys, signing);
  }

  /** RS384 for RSA keys of at least 2048 bits, ES384 for EC keys on P-384. */
  static JWSAlgorithm algorithm(JWK key) {
    if (key instanceof RSAKey rsa) {
      if (rsa.size() < 2048) {
        throw new IllegalArgumentException(
            "RSA-sleutel '" + key.getKeyID() + "' is korter dan 2048 bits");
      }
      return JWSAlgorithm.RS384;
    }
    if (key instanceof ECKey ec && Curve.P_384.equals(ec.getCurve())) {
      return JWSAlgorithm.ES384;
    }
    throw new IllegalArgumentException(
        "sleutel '"
            + key.getKeyID()
            + "' is geen RSA- of EC P-384-sleutel (SMART vraagt RS384 of ES384)");
  }

  public JWSAlgorithm algorithm() {
    return algorithm(signing);
  }

  public String signingKeyId() {
    return signing.getKeyID();
  }

  /** The private key that signs client assertions; never leaves the server. */
  PrivateKey signingKey() {
    try {
      return signing instanceof RSAKey rsa ? rsa.toPrivateKey() : ((ECKey) signing).toPrivateKey();
    } catch (JOSEException e) {
      throw new IllegalStateException("the signing key cannot be used", e);
    }
  }

  /** The public parts of all keys, for the app's JWKS. */
  public List<JWK> publicKeys() {
    return keys.toPublicJWKSet().getKeys();
  }

  @Override
  public String toString() {
    return "ClientKeys[signing=" + signing.getKeyID() + ", keys=" + keys.getKeys().size() + "]";
  }
}
