package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.Objects;

/** A text in Dutch (what the UI shows) and English. */
public record LocalizedText(String nl, String en) {

  public LocalizedText {
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
  }
}
