package nl.spiegelbeeld.plugin.worklist;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.facts.PatientFacts;
import nl.spiegelbeeld.mappings.facts.Sex;
import nl.spiegelbeeld.plugin.api.Texts;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistEntry;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistResult;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/** Builds worklist screens from a measurement and the practice's review marks. Pure. */
public final class WorklistViews {

  /** Dates as Dutch practices write them. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private WorklistViews() {}

  /** The worklist of {@code indicator}, rows sorted by name (patients without a name last). */
  public static WorklistView of(
      PracticeMeasurement measurement, IndicatorResult indicator, Map<String, Review> reviews) {
    WorklistResult list = indicator.worklist();
    if (list == null) {
      throw new IllegalArgumentException(indicator.id() + " has no worklist");
    }
    LocalDate p = measurement.evaluation().referenceDate();
    Map<String, PatientFacts> facts = new HashMap<>();
    measurement.data().patients().forEach(i -> facts.put(i.patient().id(), i.patient()));
    List<WorklistRow> rows = new ArrayList<>();
    int reviewed = 0;
    for (WorklistEntry e : list.entries()) {
      Review review = reviews.get(e.patientId());
      if (review != null) {
        reviewed++;
      }
      rows.add(
          row(
              e,
              measurement.data().labels().get(e.patientId()),
              facts.get(e.patientId()),
              p,
              review));
    }
    rows.sort(
        Comparator.comparing(
            WorklistRow::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
    List<WorklistView.OutcomeOption> outcomes =
        Arrays.stream(ReviewOutcome.values())
            .map(o -> new WorklistView.OutcomeOption(o.code(), o.label()))
            .toList();
    return new WorklistView(
        indicator.id(),
        list.title(),
        new Texts(indicator.definition().title().nl(), indicator.definition().title().en()),
        p.toString(),
        list.headers(),
        rows,
        reviewed,
        outcomes,
        ReviewInput.MAX_NOTE);
  }

  /** How many patients now on the list have a mark (the dashboard's "12 van 19 beoordeeld"). */
  public static int reviewedCount(WorklistResult list, Map<String, Review> reviews) {
    return (int) list.entries().stream().filter(e -> reviews.containsKey(e.patientId())).count();
  }

  public static ReviewView view(Review r) {
    return new ReviewView(
        r.outcome().code(),
        r.outcome().label(),
        r.note(),
        r.reviewedBy(),
        DATE.format(r.reviewedAt().atZone(NETHERLANDS)));
  }

  private static WorklistRow row(
      WorklistEntry e, PatientLabel label, PatientFacts facts, LocalDate p, Review review) {
    LocalDate birthDate = label != null && label.birthDate() != null ? label.birthDate() : null;
    if (birthDate == null && facts != null) {
      birthDate = facts.birthDate();
    }
    Integer age =
        birthDate == null || birthDate.isAfter(p) ? null : Period.between(birthDate, p).getYears();
    return new WorklistRow(
        e.patientId(),
        label == null ? null : label.name(),
        label == null ? null : label.hisNumber(),
        birthDate == null ? null : DATE.format(birthDate),
        age,
        sex(facts == null ? Sex.UNKNOWN : facts.sex()),
        e.values(),
        e.sentence(),
        review == null ? null : view(review));
  }

  static Texts sex(Sex sex) {
    return switch (sex) {
      case FEMALE -> new Texts("vrouw", "female");
      case MALE -> new Texts("man", "male");
      case OTHER -> new Texts("anders", "other");
      case UNKNOWN -> new Texts("onbekend", "unknown");
    };
  }
}
