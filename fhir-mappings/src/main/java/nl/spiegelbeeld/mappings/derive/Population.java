package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import nl.spiegelbeeld.mappings.facts.PatientFacts;

/**
 * The practice population on P (indicators.md §1, Population): listed with the practice ({@code
 * generalPractitioner} or {@code managingOrganization} refers to it, or the endpoint is
 * single-practice), {@code active} not false, not deceased on or before P.
 */
public final class Population {

  private Population() {}

  public static boolean includes(PatientFacts patient, Practice practice, LocalDate p) {
    boolean listed =
        practice.wholeEndpoint()
            || practice.isReferredToBy(patient.managingOrganization())
            || patient.generalPractitioners().stream().anyMatch(practice::isReferredToBy);
    return listed && patient.active() && !patient.deceasedOnOrBefore(p);
  }
}
