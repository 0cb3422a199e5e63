package nl.spiegelbeeld.benchmark.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** A practice's key pair as its app would hold it, and the client assertions it signs. */
public final class PracticeKey {

  private final String agb;
  private final JWK key;
  private final JWSAlgorithm algorithm;

  private PracticeKey(String agb, JWK key, JWSAlgorithm algorithm) {
    this.agb = agb;
    this.key = key;
    this.algorithm = algorithm;
  }

  public static PracticeKey rsa(String agb) {
    try {
      return new PracticeKey(
          agb, new RSAKeyGenerator(2048).keyID(agb + "-rsa").generate(), JWSAlgorithm.RS384);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PracticeKey ec(String agb) {
    try {
      return new PracticeKey(
          agb, new ECKeyGenerator(Curve.P_384).keyID(agb + "-ec").generate(), JWSAlgorithm.ES384);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public String agb() {
    return agb;
  }

  /** The public JWK Set, as the operator registers it. */
  public String publicJwks() {
    return new JWKSet(key.toPublicJWK()).toString(true);
  }

  /** The private key too: what must never be registered. */
  public String privateJwk() {
    return key.toJSONString();
  }

  /** A fresh valid assertion: iss = sub = AGB, the audience, 2 minutes, a new jti. */
  public String assertion(String audience, Instant now) {
    return assertion(agb, audience, now, Duration.ofMinutes(2), UUID.randomUUID().toString());
  }

  /** An assertion with every claim chosen. */
  public String assertion(
      String issuer, String audience, Instant now, Duration lifetime, String jti) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(issuer)
            .audience(audience)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .jwtID(jti)
            .build();
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
    try {
      JWSSigner signer =
          key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
