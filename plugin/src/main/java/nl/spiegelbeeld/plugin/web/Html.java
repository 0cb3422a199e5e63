package nl.spiegelbeeld.plugin.web;

/** Escaping for text placed in HTML. Everything a page echoes from a request goes through here. */
public final class Html {

  private Html() {}

  /**
   * Escapes {@code & < > " '} so the text is safe both in element content and in quoted attribute
   * values. Other characters (ë, é) are left alone: pages are served as UTF-8.
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
