package nl.spiegelbeeld.plugin.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmartStyleCssTest {

  private static String css(String json) {
    return SmartStyleCss.toCss(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void valid_values_become_custom_properties_on_root() {
    String css =
        css(
            """
            {"color_background": "#edeae3", "color_error": "#9a0000",
             "color_highlight": "#69b5ce", "color_modal_backdrop": "rgba(0, 0, 0, 0.5)",
             "color_success": "#16550c", "color_text": "#303030",
             "dim_border_radius": "0.5em", "dim_font_size": "13px", "dim_spacing_size": "20px",
             "font_family_body": "Georgia, Times, 'Times New Roman', serif",
             "font_family_heading": "\\"Helvetica Neue\\", Helvetica, Arial, sans-serif"}
            """);

    assertThat(css)
        .startsWith(":root {\n")
        .endsWith("}\n")
        .contains("  --smart-color-background: #edeae3;\n")
        .contains("  --smart-color-error: #9a0000;\n")
        .contains("  --smart-color-highlight: #69b5ce;\n")
        .contains("  --smart-color-modal-backdrop: rgba(0, 0, 0, 0.5);\n")
        .contains("  --smart-color-success: #16550c;\n")
        .contains("  --smart-color-text: #303030;\n")
        .contains("  --smart-dim-border-radius: 0.5em;\n")
        .contains("  --smart-dim-font-size: 13px;\n")
        .contains("  --smart-dim-spacing-size: 20px;\n")
        .contains("  --smart-font-family-body: Georgia, Times, 'Times New Roman', serif;\n")
        .contains(
            "  --smart-font-family-heading: \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n");
  }

  @Test
  void injection_attempts_and_unknown_values_are_dropped() {
    String css =
        css(
            """
            {"color_background": "red;}body{display:none",
             "color_text": "url(https://elders.example/x.png)",
             "color_error": "#fff;} * {color:red",
             "color_success": "expression(alert(1))",
             "dim_border_radius": "6px}",
             "dim_font_size": "calc(100% + 1px)",
             "dim_spacing_size": 20,
             "font_family_body": "Arial; } body { display: none",
             "font_family_heading": "\\"Arial",
             "color_highlight": "#69b5ce",
             "unknown_property": "#000000"}
            """);

    assertThat(css)
        .isEqualTo(":root {\n  --smart-color-highlight: #69b5ce;\n}\n")
        .doesNotContain("display")
        .doesNotContain("url(");
  }

  @Test
  void nothing_usable_gives_an_empty_style_sheet() {
    assertThat(css("{\"color_text\": \"red;}\"}")).isEmpty();
    assertThat(css("not json")).isEmpty();
    assertThat(css("[\"#ffffff\"]")).isEmpty();
    assertThat(css("{}")).isEmpty();
  }
}
