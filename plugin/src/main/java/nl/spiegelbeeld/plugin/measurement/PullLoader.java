package nl.spiegelbeeld.plugin.measurement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.pull.Cancellation;
import nl.spiegelbeeld.plugin.pull.PracticePull;
import nl.spiegelbeeld.plugin.pull.PullListener;
import nl.spiegelbeeld.plugin.pull.PullTarget;
import nl.spiegelbeeld.plugin.session.AppSession;

/**
 * The app's loader: the FHIR pull for the session's practice, with the user's {@code fhirUser} and
 * the practice's AGB code both checked by the pull, over every module of the catalogue.
 */
public final class PullLoader implements PracticeLoader {

  private final PracticePull pull;
  private final Catalogue catalogue;
  private final GStandaardAtcTable gStandaard;

  public PullLoader(PracticePull pull, Catalogue catalogue, GStandaardAtcTable gStandaard) {
    this.pull = Objects.requireNonNull(pull, "pull");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.gStandaard = Objects.requireNonNull(gStandaard, "gStandaard");
  }

  @Override
  public PracticeData load(
      AppSession session, LocalDate referenceDate, PullListener listener, Cancellation cancellation)
      throws InterruptedException {
    PullTarget target =
        new PullTarget(
            Optional.ofNullable(session.fhirUser()), Optional.of(session.practice().agb()));
    return pull.pull(
            session.fhirBase(),
            target,
            session.tokens(),
            catalogue,
            gStandaard,
            referenceDate,
            listener,
            cancellation)
        .data();
  }
}
