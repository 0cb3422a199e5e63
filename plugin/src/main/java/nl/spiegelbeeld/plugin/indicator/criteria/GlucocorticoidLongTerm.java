package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episode;

/**
 * Long-term or repeated glucocorticoid use in the measurement period (OST-08, NHG risk group 2): at
 * least {@code exposureDays} exposure days or at least {@code courses} courses.
 *
 * <ul>
 *   <li>Exposure days: the class's intervals merged where they overlap or touch (gap ≤ 0), then the
 *       days of each merged interval inside the measurement period, summed.
 *   <li>Courses: the intervals merged with a {@code courseGapDays} rule (a longer gap starts a new
 *       course); a course counts when its start is in the measurement period. Continuous use is one
 *       course.
 * </ul>
 *
 * <pre>{@code
 * {"type": "glucocorticoidLongTerm", "class": "atc-glucocorticoiden-systemisch",
 *  "exposureDays": 90, "courses": 4, "courseGapDays": 14}
 * }</pre>
 */
public record GlucocorticoidLongTerm(
    String atcClass, int exposureDays, int courses, int courseGapDays) implements Criterion {

  public GlucocorticoidLongTerm {
    Objects.requireNonNull(atcClass, "atcClass");
    if (exposureDays < 1 || courses < 1 || courseGapDays < 0) {
      throw new IllegalArgumentException("exposureDays and courses ≥ 1, courseGapDays ≥ 0");
    }
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return exposureDaysIn(patient, parameters) >= exposureDays
        || coursesIn(patient, parameters) >= courses;
  }

  private long exposureDaysIn(PatientView patient, Parameters parameters) {
    return exposureDays(patient, atcClass, parameters.measurementPeriod());
  }

  private long coursesIn(PatientView patient, Parameters parameters) {
    return courses(patient, atcClass, courseGapDays, parameters.measurementPeriod());
  }

  /** Exposure days of a class in {@code window}: intervals merged where they overlap or touch. */
  public static long exposureDays(PatientView patient, String atcClass, Window window) {
    LocalDate p = patient.referenceDate();
    LocalDate from = window.firstDay(p);
    long days = 0;
    for (Episode e : patient.episodes(atcClass, 0)) {
      days += e.daysWithin(from, p);
    }
    return days;
  }

  /** Courses of a class (merged with a {@code courseGapDays} rule) starting in {@code window}. */
  public static long courses(
      PatientView patient, String atcClass, int courseGapDays, Window window) {
    LocalDate p = patient.referenceDate();
    return patient.episodes(atcClass, courseGapDays).stream()
        .filter(e -> window.contains(e.start(), p))
        .count();
  }

  @Override
  public String describe() {
    return "in de meetperiode ≥ "
        + exposureDays
        + " gebruiksdagen of ≥ "
        + courses
        + " kuren (nieuwe kuur na > "
        + courseGapDays
        + " dagen) van "
        + atcClass;
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
