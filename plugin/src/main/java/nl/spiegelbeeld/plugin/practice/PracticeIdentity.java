package nl.spiegelbeeld.plugin.practice;

import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.fhir.Reporter;

/**
 * The practice a launch or measurement is for, as resolved on its FHIR endpoint: its AGB code and
 * name (what the benchmark and the app's header know it by) and how its Patients refer to it.
 *
 * @param agb the practice's AGB code (8 digits)
 * @param name the Organization's name as the endpoint gives it
 * @param organization the literal reference of its Organization, e.g. {@code Organization/123}
 * @param population which Patients belong to the practice (indicators.md §1, Population)
 */
public record PracticeIdentity(String agb, String name, String organization, Practice population) {

  public PracticeIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(population, "population");
    new Reporter(agb, name); // validates the AGB code
  }

  /** The practice as reporter of a MeasureReport. */
  public Reporter reporter() {
    return new Reporter(agb, name);
  }
}
