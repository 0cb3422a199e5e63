package nl.spiegelbeeld.plugin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class LaunchAcknowledgementPageTest {

  private static final ZonedDateTime RECEIVED =
      ZonedDateTime.of(2026, 3, 5, 9, 7, 0, 0, ZoneId.of("Europe/Amsterdam"));

  @Test
  void page_names_the_iss_and_the_dutch_date_and_time_of_receipt() {
    String html =
        LaunchAcknowledgementPage.render(
            new LaunchRequest(URI.create("https://fhir.example.nl/r4"), "abc123"), RECEIVED);

    assertThat(html)
        .contains("<html lang=\"nl\">")
        .contains("5 maart 2026 om 09:07")
        .contains("<code>https://fhir.example.nl/r4</code>");
  }

  @Test
  void page_escapes_the_iss_and_never_shows_the_launch_token() {
    String html =
        LaunchAcknowledgementPage.render(
            new LaunchRequest(URI.create("https://fhir.example.nl/o'neill&co"), "secret-token"),
            RECEIVED);

    assertThat(html)
        .contains("https://fhir.example.nl/o&#39;neill&amp;co")
        .doesNotContain("secret-token");
  }

  @Test
  void page_says_the_smart_launch_is_not_built_yet_and_has_no_inline_script() {
    String html =
        LaunchAcknowledgementPage.render(
            new LaunchRequest(URI.create("https://fhir.example.nl"), "x"), RECEIVED);

    assertThat(html)
        .contains("nog niet gebouwd")
        .doesNotContain("<script")
        .doesNotContain("style=");
  }
}
