package nl.spiegelbeeld.plugin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.spiegelbeeld.plugin.config.AppConfig;
import nl.spiegelbeeld.plugin.session.SessionKey;
import nl.spiegelbeeld.plugin.smart.EhrRegistrations;

/** Test configurations: the shared test database, a session key in a temporary file, port 0. */
public final class TestConfigs {

  private static Path keyFile;

  private TestConfigs() {}

  /** {@code base} on the test database with a test key. */
  public static AppConfig forTests(AppConfig base) {
    return new AppConfig(
        base.host(),
        base.port(),
        base.frameAncestors(),
        base.secureCookies(),
        base.publicUrl(),
        base.ehrs(),
        base.sessions(),
        TestDatabase.config(),
        Optional.of(keyFile()),
        base.measurement());
  }

  /** The demo defaults with these EHRs. */
  public static AppConfig withEhrs(EhrRegistrations ehrs) {
    AppConfig base = AppConfig.defaults();
    return forTests(
        new AppConfig(
            base.host(),
            0,
            base.frameAncestors(),
            false,
            Optional.empty(),
            ehrs,
            base.sessions(),
            TestDatabase.config(),
            Optional.of(keyFile()),
            base.measurement()));
  }

  static synchronized Path keyFile() {
    if (keyFile == null) {
      try {
        Path dir = Files.createTempDirectory("spiegelbeeld-test-key");
        keyFile = dir.resolve("session.key");
        SessionKey.loadOrCreate(keyFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return keyFile;
  }
}
