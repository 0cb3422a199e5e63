package nl.spiegelbeeld.plugin.measurement;

import java.time.LocalDate;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.pull.Cancellation;
import nl.spiegelbeeld.plugin.pull.PullListener;
import nl.spiegelbeeld.plugin.session.AppSession;

/**
 * Fetches a session's practice data for a peildatum: in production the FHIR pull ({@link
 * PullLoader}); in tests a fake. Throws when the data is not complete; never returns partial data.
 */
@FunctionalInterface
public interface PracticeLoader {

  PracticeData load(
      AppSession session, LocalDate referenceDate, PullListener listener, Cancellation cancellation)
      throws InterruptedException;
}
