package nl.spiegelbeeld.mappings;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** Test fixtures under {@code src/test/resources/fixtures/}, parsed with one R4 context. */
public final class Fixtures {

  private static final FhirContext FHIR = FhirContext.forR4();

  private Fixtures() {}

  /** The fixture at {@code path} (relative to {@code fixtures/}) as a {@code type}. */
  public static <T extends IBaseResource> T read(Class<T> type, String path) {
    try (Reader in = reader(path)) {
      return FHIR.newJsonParser().parseResource(type, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture at {@code path} as UTF-8 text. */
  public static Reader reader(String path) {
    InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
    if (in == null) {
      throw new IllegalArgumentException("no fixture " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
