package nl.spiegelbeeld.plugin.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCipherTest {

  private static final byte[] ROW = Secrets.sha256("row-1");

  @Test
  void a_value_decrypts_with_the_same_key_and_row_and_is_not_stored_in_the_clear() {
    TokenCipher cipher = new TokenCipher(SessionKey.random());
    byte[] plain = "access-token-geheim".getBytes(StandardCharsets.UTF_8);

    byte[] sealed = cipher.encrypt(plain, ROW);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("geheim");
    assertThat(cipher.decrypt(sealed, ROW)).isEqualTo(plain);
    assertThat(cipher.encrypt(plain, ROW)).as("a fresh IV each time").isNotEqualTo(sealed);
  }

  @Test
  void a_value_moved_to_another_row_or_read_with_another_key_does_not_decrypt() {
    TokenCipher cipher = new TokenCipher(SessionKey.random());
    byte[] sealed = cipher.encrypt(new byte[] {1, 2, 3}, ROW);

    assertThatThrownBy(() -> cipher.decrypt(sealed, Secrets.sha256("row-2")))
        .isInstanceOf(TokenCipher.UndecryptableException.class);
    assertThatThrownBy(() -> new TokenCipher(SessionKey.random()).decrypt(sealed, ROW))
        .isInstanceOf(TokenCipher.UndecryptableException.class);
  }

  @Test
  void the_demo_key_file_is_generated_once_readable_by_its_owner_only(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("data").resolve("plugin-session.key");

    SessionKey first = SessionKey.loadOrCreate(file);
    byte[] sealed = new TokenCipher(first).encrypt(new byte[] {7}, ROW);
    SessionKey again = SessionKey.loadOrCreate(file);

    assertThat(new TokenCipher(again).decrypt(sealed, ROW)).containsExactly(7);
    assertThat(Files.getPosixFilePermissions(file))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
  }

  @Test
  void a_key_file_without_32_bytes_is_refused_in_dutch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kort.key");
    Files.writeString(file, "a2FwdXQ=");

    assertThatThrownBy(() -> SessionKey.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 willekeurige bytes");
  }
}
