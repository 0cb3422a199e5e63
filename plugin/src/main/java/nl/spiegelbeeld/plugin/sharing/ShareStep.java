package nl.spiegelbeeld.plugin.sharing;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.fhir.MeasureReportExport;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;

/**
 * The share step (indicators.md §5), pure: from a complete measurement, the shareable summary
 * report of every indicator (sex and shared age bands only, no free text), small cells suppressed
 * for k, in one {@code collection} Bundle. The report's date is the moment the data were pulled, so
 * the same measurement and k always give the same bytes: what the user saw is what is sent.
 */
public final class ShareStep {

  private final FhirContext fhir;

  public ShareStep(FhirContext fhir) {
    this.fhir = fhir;
  }

  /**
   * Builds the package.
   *
   * @param accepted the {@code url|version} canonicals the benchmark accepts; empty means all
   */
  public SharePackage prepare(PracticeMeasurement m, int k, Optional<Set<String>> accepted) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    List<IndicatorShare> shown = new ArrayList<>();
    List<String> notAccepted = new ArrayList<>();
    Date date = Date.from(m.data().pulledAt());
    for (IndicatorResult r : m.evaluation().indicators()) {
      if (accepted.isPresent() && !accepted.get().contains(r.definition().canonical())) {
        notAccepted.add(r.id());
        continue;
      }
      MeasureReport report =
          MeasureReportExport.summary(
              r, m.evaluation(), m.data().practice().reporter(), date, true);
      List<SuppressedCell> suppressed = Suppression.apply(report, k);
      bundle.addEntry().setResource(report);
      shown.add(ShareViews.indicator(r, report, suppressed, k));
    }
    String json = fhir.newJsonParser().encodeResourceToString(bundle);
    return new SharePackage(k, bundle, json, sha256(json), shown, notAccepted);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
