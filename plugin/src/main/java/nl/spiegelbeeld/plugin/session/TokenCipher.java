package nl.spiegelbeeld.plugin.session;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM for secrets at rest (tokens, PKCE verifiers). Each value gets a random 96-bit IV, stored
 * in front of the ciphertext; the row's key (a hash) is the associated data, so a ciphertext copied
 * to another row does not decrypt.
 */
public final class TokenCipher {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SessionKey key;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(SessionKey key) {
    this.key = key;
  }

  public byte[] encrypt(byte[] plain, byte[] associatedData) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(associatedData);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JVM", e);
    }
  }

  /**
   * Decrypts what {@link #encrypt} made for the same row.
   *
   * @throws UndecryptableException when the value was made with another key or was changed
   */
  public byte[] decrypt(byte[] stored, byte[] associatedData) {
    if (stored.length < IV_BYTES + TAG_BITS / 8) {
      throw new UndecryptableException();
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.secretKey(),
          new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
      cipher.updateAAD(associatedData);
      return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new UndecryptableException();
    }
  }

  /** Another key (e.g. after the key file was replaced) or a tampered value: treat as absent. */
  public static final class UndecryptableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UndecryptableException() {
      super("value cannot be decrypted with the current session key");
    }
  }
}
