package nl.spiegelbeeld.plugin.measurement;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import nl.spiegelbeeld.plugin.session.AppSession;

/**
 * What a measurement is of: one practice on one FHIR endpoint on one peildatum. Colleagues of the
 * same practice share it; another practice, or the same AGB on another endpoint, never does.
 */
record MeasurementKey(URI fhirBase, String agb, LocalDate referenceDate) {

  MeasurementKey {
    Objects.requireNonNull(fhirBase, "fhirBase");
    Objects.requireNonNull(agb, "agb");
    Objects.requireNonNull(referenceDate, "referenceDate");
  }

  static MeasurementKey of(AppSession session, LocalDate referenceDate) {
    return new MeasurementKey(session.fhirBase(), session.practice().agb(), referenceDate);
  }
}
