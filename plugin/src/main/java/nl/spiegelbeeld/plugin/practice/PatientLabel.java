package nl.spiegelbeeld.plugin.practice;

import java.time.LocalDate;

/**
 * How a worklist shows a patient to the practice: local only, never shared, never logged (its
 * {@link #toString()} says nothing).
 *
 * @param name the name as the HIS shows it (e.g. "J. de Vries"), or {@code null} when missing
 * @param birthDate the birth date, or {@code null} when missing or partial
 * @param hisNumber the practice's own patient number, or {@code null}
 */
public record PatientLabel(String name, LocalDate birthDate, String hisNumber) {

  @Override
  public String toString() {
    return "PatientLabel[***]";
  }
}
