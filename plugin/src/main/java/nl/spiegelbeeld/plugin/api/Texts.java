package nl.spiegelbeeld.plugin.api;

import java.util.Objects;

/**
 * A text the screens show in Dutch or English, as JSON {@code {"nl": ..., "en": ...}}. Where a
 * source has Dutch only (definition descriptions, worklist column headers), {@code en} repeats it.
 */
public record Texts(String nl, String en) {

  public Texts {
    Objects.requireNonNull(nl, "nl");
    Objects.requireNonNull(en, "en");
  }

  public static Texts dutchOnly(String nl) {
    return new Texts(nl, nl);
  }
}
