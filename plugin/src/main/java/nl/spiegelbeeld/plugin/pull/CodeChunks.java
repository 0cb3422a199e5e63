package nl.spiegelbeeld.plugin.pull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.spiegelbeeld.mappings.codes.Code;

/**
 * OR'ed token values ({@code system|code,system|code}) split into as few groups as fit the URL
 * budget, so that no request line exceeds what servers and proxies accept.
 */
final class CodeChunks {

  private CodeChunks() {}

  /**
   * Splits the codes into comma-joined, URL-encoded groups within the budget.
   *
   * @param budget the characters the encoded value of one parameter may take
   * @return the encoded, comma-joined values, in the given order
   */
  static List<String> of(Collection<Code> codes, int budget) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Code code : codes) {
      String token = encode(code.toString());
      if (token.length() > budget) {
        throw new IllegalArgumentException("one code is longer than the URL budget: " + code);
      }
      int added = current.length() == 0 ? token.length() : token.length() + 1; // the comma
      if (current.length() + added > budget) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(",");
      }
      current.append(token);
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
