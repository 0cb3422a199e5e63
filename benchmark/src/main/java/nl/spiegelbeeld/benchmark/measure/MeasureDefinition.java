package nl.spiegelbeeld.benchmark.measure;

import java.util.List;
import java.util.Objects;

/**
 * An indicator definition the benchmark accepts reports for: what it needs from the registered FHIR
 * Measure.
 *
 * @param url the canonical URL, e.g. {@code https://spiegelbeeld.nl/fhir/Measure/OST-04}
 * @param version the definition version, e.g. {@code 1.0.0}
 * @param title the Dutch title
 * @param improvementNotation {@code increase}, {@code decrease} or {@code none} (descriptive)
 * @param groupCodes the indicator's groups in order; the first is the indicator itself
 * @param stratifiers the stratifier codes the Measure declares (shared and local)
 */
public record MeasureDefinition(
    String url,
    String version,
    String title,
    String improvementNotation,
    List<String> groupCodes,
    List<String> stratifiers) {

  public MeasureDefinition {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(improvementNotation, "improvementNotation");
    groupCodes = List.copyOf(groupCodes);
    stratifiers = List.copyOf(stratifiers);
  }

  /** {@code url|version}, as in {@code MeasureReport.measure}. */
  public String canonical() {
    return url + "|" + version;
  }

  /** The short name for messages: the last path segment of the URL, e.g. {@code OST-04}. */
  public String shortName() {
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** Whether there is a "better" direction, so a best 10% exists. */
  public boolean ranked() {
    return !improvementNotation.equals("none");
  }
}
