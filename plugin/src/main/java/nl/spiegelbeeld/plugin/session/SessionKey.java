package nl.spiegelbeeld.plugin.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that encrypts tokens at rest, kept in a file as Base64. Every instance behind a
 * load balancer reads the same file; the local demo generates one beside its embedded database.
 */
public final class SessionKey {

  private static final int BYTES = 32;

  private final SecretKey key;

  private SessionKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** A random key, for tests. */
  public static SessionKey random() {
    byte[] bytes = new byte[BYTES];
    new SecureRandom().nextBytes(bytes);
    return new SessionKey(bytes);
  }

  /**
   * Reads the key.
   *
   * @throws IllegalArgumentException in Dutch when the file is missing or holds no 32-byte key
   */
  public static SessionKey load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException("sleutelbestand " + file + " is niet te lezen");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException(
          "sleutelbestand "
              + file
              + " moet 32 willekeurige bytes in Base64 bevatten (bijvoorbeeld: openssl rand"
              + " -base64 32)");
    }
    return new SessionKey(bytes);
  }

  /** Reads the key, first generating the file (readable by its owner only) when it is missing. */
  public static SessionKey loadOrCreate(Path file) {
    if (!Files.exists(file)) {
      byte[] bytes = new byte[BYTES];
      new SecureRandom().nextBytes(bytes);
      try {
        if (file.toAbsolutePath().getParent() != null) {
          Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.createFile(file);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system; the folder's own protection applies
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
      } catch (FileAlreadyExistsException e) {
        // another instance made it first: use theirs
      } catch (IOException e) {
        throw new IllegalArgumentException("sleutelbestand " + file + " kan niet worden gemaakt");
      }
    }
    return load(file);
  }

  SecretKey secretKey() {
    return key;
  }

  @Override
  public String toString() {
    return "SessionKey[***]";
  }
}
