package nl.spiegelbeeld.benchmark.operator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.util.List;

/**
 * Reads a practice's public key file for registration: a JWK Set, a single JWK, or a PEM public
 * key. Only public RSA keys (2048 bits or more, for RS384) and P-384 EC keys (for ES384) are
 * accepted; a file with a private key is refused, not trimmed, because the key has then left the
 * practice and should be replaced.
 */
final class PublicKeys {

  private PublicKeys() {}

  /** The keys as a JWK Set in JSON, public parts only. */
  static String read(String content) {
    JWKSet set = parse(content.strip());
    if (set.getKeys().isEmpty()) {
      throw new OperatorInputRefused("Het sleutelbestand bevat geen sleutel.");
    }
    for (JWK key : set.getKeys()) {
      check(key);
    }
    return set.toString(true);
  }

  private static JWKSet parse(String content) {
    try {
      if (content.startsWith("-----BEGIN")) {
        return new JWKSet(List.of(JWK.parseFromPEMEncodedObjects(content)));
      }
      if (content.contains("\"keys\"")) {
        return JWKSet.parse(content);
      }
      return new JWKSet(JWK.parse(content));
    } catch (ParseException | JOSEException e) {
      throw new OperatorInputRefused(
          "Het sleutelbestand is geen JWK, JWK Set of PEM-publieke sleutel: " + e.getMessage());
    }
  }

  private static void check(JWK key) {
    if (key.isPrivate()) {
      throw new OperatorInputRefused(
          "Het sleutelbestand bevat een privésleutel. Registreer alleen de publieke sleutel; een"
              + " privésleutel die de praktijk heeft verlaten moet worden vervangen.");
    }
    if (key instanceof RSAKey rsa) {
      if (rsa.size() < 2048) {
        throw new OperatorInputRefused(
            "Een RSA-sleutel moet minstens 2048 bits hebben (deze heeft er " + rsa.size() + ").");
      }
    } else if (key instanceof ECKey ec) {
      if (!Curve.P_384.equals(ec.getCurve())) {
        throw new OperatorInputRefused(
            "Een EC-sleutel moet op curve P-384 liggen (voor ES384), niet " + ec.getCurve() + ".");
      }
    } else {
      throw new OperatorInputRefused(
          "Alleen RSA-sleutels (RS384) en EC-sleutels op P-384 (ES384) worden aangenomen.");
    }
  }
}
