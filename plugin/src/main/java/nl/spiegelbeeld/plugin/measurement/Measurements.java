package nl.spiegelbeeld.plugin.measurement;

import java.time.LocalDate;
import java.util.Optional;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.session.AppSession;

/** What the screens read: the complete measurement of the session's practice on a peildatum. */
public interface Measurements {

  /**
   * The complete measurement for the session's practice and endpoint on {@code referenceDate}, or
   * empty when none has finished (never a partial one).
   */
  Optional<PracticeMeasurement> complete(AppSession session, LocalDate referenceDate);
}
