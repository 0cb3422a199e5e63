package nl.spiegelbeeld.plugin.indicator.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dutch names of the agents the worklists name ({@code alendroninezuur}, {@code prednisolon}): the
 * code lists carry the WHO's English names. Read from {@code catalogue/agent-names.csv} ({@code
 * atc,name}).
 */
public final class AgentNames {

  private static final String FILE = "/nl/spiegelbeeld/plugin/indicator/catalogue/agent-names.csv";

  private AgentNames() {}

  /** The shipped names. */
  public static Map<String, String> shipped() {
    InputStream in = AgentNames.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException(FILE + " not on the classpath");
    }
    Map<String, String> names = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("atc,name")) {
          continue;
        }
        int comma = trimmed.indexOf(',');
        if (comma < 1 || comma == trimmed.length() - 1) {
          throw new IllegalStateException(FILE + " line " + number + ": expected atc,name");
        }
        names.put(trimmed.substring(0, comma).trim(), trimmed.substring(comma + 1).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    return names;
  }
}
