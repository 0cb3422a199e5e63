package nl.spiegelbeeld.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escape_replaces_the_five_characters_that_can_break_out_of_html_text_or_attributes() {
    assertThat(Html.escape("<script>alert(\"x\" & 'y')</script>"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  }

  @Test
  void escape_leaves_dutch_text_untouched() {
    assertThat(Html.escape("Coëfficiënt van de peildatum"))
        .isEqualTo("Coëfficiënt van de peildatum");
  }

  @Test
  void escape_does_not_double_escape_in_one_pass_but_does_escape_existing_entities() {
    assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
  }
}
