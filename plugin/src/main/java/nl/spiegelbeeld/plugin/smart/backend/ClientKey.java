package nl.spiegelbeeld.plugin.smart.backend;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.text.ParseException;

/**
 * The client's private key for {@code private_key_jwt}: RS384 for an RSA key, ES384 for an EC P-384
 * key (the algorithms SMART Backend Services requires servers to support).
 *
 * @param keyId the {@code kid} the server finds the public key by, or {@code null}
 */
public record ClientKey(PrivateKey privateKey, JWSAlgorithm algorithm, String keyId) {

  /**
   * Reads a JWK (JSON with the private part) or a PEM file (PKCS#8, or a key pair). Says in the
   * message what is wrong; never echoes the key.
   */
  public static ClientKey read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).trim();
    JWK jwk;
    try {
      jwk = text.startsWith("{") ? JWK.parse(text) : JWK.parseFromPEMEncodedObjects(text);
    } catch (ParseException | JOSEException e) {
      throw new IllegalArgumentException(
          file + " is geen leesbare privésleutel (JWK of PEM): " + e.getClass().getSimpleName(), e);
    }
    try {
      if (jwk instanceof RSAKey rsa && rsa.isPrivate()) {
        return new ClientKey(rsa.toPrivateKey(), JWSAlgorithm.RS384, rsa.getKeyID());
      }
      if (jwk instanceof ECKey ec && ec.isPrivate()) {
        if (!Curve.P_384.equals(ec.getCurve())) {
          throw new IllegalArgumentException(file + ": een EC-sleutel moet op curve P-384 liggen");
        }
        return new ClientKey(ec.toPrivateKey(), JWSAlgorithm.ES384, ec.getKeyID());
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException(file + ": de privésleutel is onbruikbaar", e);
    }
    throw new IllegalArgumentException(file + " bevat geen RSA- of EC-privésleutel");
  }

  @Override
  public String toString() {
    return "ClientKey[" + algorithm + ", kid=" + keyId + "]";
  }
}
