package nl.spiegelbeeld.plugin.sharing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.spiegelbeeld.plugin.smart.backend.ClientKey;

/**
 * The local demo's key for the benchmark: an RSA key generated once beside the data directory
 * ({@code benchmark-client.jwk}, readable by the owner only), with its public JWK Set beside it
 * ({@code benchmark-client.jwks.json}) for the operator's {@code register-practice}.
 */
public final class BenchmarkKey {

  static final String PRIVATE_FILE = "benchmark-client.jwk";
  static final String PUBLIC_FILE = "benchmark-client.jwks.json";

  private BenchmarkKey() {}

  /** Reads the key in {@code directory}, making it first when there is none. */
  public static ClientKey loadOrCreate(Path directory) {
    Path file = directory.resolve(PRIVATE_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(directory);
        RSAKey key =
            new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        Path tmp = Files.createTempFile(directory, PRIVATE_FILE, ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the directory's permissions apply
        }
        Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
        Files.writeString(
            directory.resolve(PUBLIC_FILE),
            new JWKSet(key.toPublicJWK()).toString(true),
            StandardCharsets.UTF_8);
        Files.move(tmp, file);
      }
      return ClientKey.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }
}
