package nl.spiegelbeeld.plugin.smart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a SMART style document ({@code smart_style_url}) into CSS custom properties on {@code
 * :root}, e.g. {@code --smart-color-background}. Every value must match a strict pattern (hex or
 * rgb() colours, px/em/rem dimensions, plain font family names): nothing else reaches the CSS.
 */
public final class SmartStyleCss {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern COLOUR =
      Pattern.compile(
          "#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
              + "|rgba?\\(\\s*\\d{1,3}%?\\s*(?:,\\s*\\d{1,3}%?\\s*){2}"
              + "(?:,\\s*(?:0|1|0?\\.\\d{1,3})\\s*)?\\)");
  private static final Pattern DIMENSION =
      Pattern.compile("0|\\d{1,4}(?:\\.\\d{1,3})?(?:px|em|rem)");
  private static final String FAMILY =
      "\\s*(?:[A-Za-z0-9 -]{1,60}|\"[A-Za-z0-9 -]{1,60}\"|'[A-Za-z0-9 -]{1,60}')\\s*";
  private static final Pattern FONTS = Pattern.compile(FAMILY + "(?:," + FAMILY + "){0,9}");

  private record Property(String name, Pattern allowed) {}

  private static final List<Property> PROPERTIES =
      List.of(
          new Property("color_background", COLOUR),
          new Property("color_error", COLOUR),
          new Property("color_highlight", COLOUR),
          new Property("color_modal_backdrop", COLOUR),
          new Property("color_success", COLOUR),
          new Property("color_text", COLOUR),
          new Property("dim_border_radius", DIMENSION),
          new Property("dim_font_size", DIMENSION),
          new Property("dim_spacing_size", DIMENSION),
          new Property("font_family_body", FONTS),
          new Property("font_family_heading", FONTS));

  private SmartStyleCss() {}

  /** The style sheet for a style document; empty when it is unreadable or has no valid value. */
  public static String toCss(byte[] styleJson) {
    JsonNode doc;
    try {
      doc = JSON.readTree(styleJson);
    } catch (IOException e) {
      return "";
    }
    if (doc == null || !doc.isObject()) {
      return "";
    }
    StringBuilder declarations = new StringBuilder();
    for (Property property : PROPERTIES) {
      JsonNode value = doc.get(property.name());
      if (value != null
          && value.isTextual()
          && property.allowed().matcher(value.asText()).matches()) {
        declarations
            .append("  --smart-")
            .append(property.name().replace('_', '-'))
            .append(": ")
            .append(value.asText().trim())
            .append(";\n");
      }
    }
    return declarations.isEmpty() ? "" : ":root {\n" + declarations + "}\n";
  }
}
