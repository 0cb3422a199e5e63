package nl.spiegelbeeld.plugin.api;

import java.util.List;

/**
 * What could not be used and why, for the practice to fix in its HIS: counts per kind over the
 * practice population on the peildatum, with a few examples each (local only).
 */
public record RegistrationQuality(String referenceDate, int population, List<Kind> kinds) {

  /** One kind of problem, e.g. problems without onset. */
  public record Kind(String code, Texts label, int count, List<Example> examples) {}

  /**
   * Where to look in the HIS.
   *
   * @param detail a code or system that helps find the cause, or null
   */
  public record Example(
      String patientName,
      String hisNumber,
      String resourceType,
      String resourceId,
      String detail) {}
}
