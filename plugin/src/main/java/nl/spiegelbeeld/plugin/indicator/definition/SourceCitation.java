package nl.spiegelbeeld.plugin.indicator.definition;

import java.util.Objects;

/**
 * A source an indicator rests on (architecture.md: "definitions cite their source").
 *
 * @param citation e.g. {@code NHG-Standaard Fractuurpreventie (2024)}
 * @param section the section relied on, or {@code null}
 * @param url where to read it, or {@code null}
 */
public record SourceCitation(String citation, String section, String url) {

  public SourceCitation {
    Objects.requireNonNull(citation, "citation");
  }

  /** Citation and section as one line. */
  public String text() {
    return section == null ? citation : citation + ", " + section;
  }
}
