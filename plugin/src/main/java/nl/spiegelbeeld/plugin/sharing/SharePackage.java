package nl.spiegelbeeld.plugin.sharing;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What leaves the practice when it shares: one {@code collection} Bundle of suppressed summary
 * MeasureReports, its exact JSON and that JSON's digest (what the user confirms), and per indicator
 * what was left out and why.
 *
 * @param k the suppression threshold applied
 * @param json the Bundle exactly as it is sent
 * @param digest SHA-256 of {@code json} (hex): the confirmation names it, so what is sent is what
 *     was shown
 * @param indicators per indicator: counts per group and stratum after suppression
 * @param notAccepted ids of indicators left out because the benchmark does not know their version
 */
public record SharePackage(
    int k,
    Bundle bundle,
    String json,
    String digest,
    List<IndicatorShare> indicators,
    List<String> notAccepted) {

  public SharePackage {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(digest, "digest");
    indicators = List.copyOf(indicators);
    notAccepted = List.copyOf(notAccepted);
  }
}
