package nl.spiegelbeeld.plugin.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/**
 * Builds the registration-quality screen. Counts are the evaluation's (practice population on P);
 * examples come from the pulled data, at most {@value #EXAMPLES} per kind. Pure.
 */
public final class RegistrationQualityViews {

  static final int EXAMPLES = 5;

  private static final Map<RegistrationProblem.Kind, String> ENGLISH =
      new EnumMap<>(RegistrationProblem.Kind.class);

  static {
    for (RegistrationProblem.Kind k : RegistrationProblem.Kind.values()) {
      ENGLISH.put(
          k,
          switch (k) {
            case NO_PATIENT -> "Record without (a reference to) a patient";
            case BIRTH_DATE_MISSING_OR_PARTIAL -> "Birth date missing or partial";
            case BIRTH_DATE_AFTER_REFERENCE_DATE -> "Birth date after the reference date";
            case ENTERED_IN_ERROR -> "Marked as entered in error";
            case PROBLEM_WITHOUT_CODE -> "Problem without a code";
            case PROBLEM_WITHOUT_ONSET -> "Problem without onset date";
            case PROBLEM_ENDED_WITHOUT_DATE -> "Problem closed without an end date";
            case EPISODE_WITHOUT_DIAGNOSIS -> "Episode without a diagnosis";
            case EPISODE_DIAGNOSIS_NOT_FOUND -> "Episode refers to an unknown problem";
            case AGREEMENT_WITHOUT_START -> "Medication agreement without start date";
            case AGREEMENT_WITHOUT_PERIOD_OF_USE -> "Medication agreement without period of use";
            case AGREEMENT_END_BEFORE_START -> "Medication agreement ends before it starts";
            case AGREEMENT_DURATION_NOT_USABLE -> "Medication agreement with unusable duration";
            case OPEN_AGREEMENT_OLDER_THAN_A_YEAR ->
                "Open-ended medication agreement over a year old";
            case STOP_TYPE_UNKNOWN -> "Medication agreement with unknown stop type";
            case MEDICATION_NOT_FOUND -> "Referenced medication not found";
            case MEDICATION_UNCLASSIFIED -> "Medication without ATC or mapping";
            case MEDICATION_EXCLUDED_PRODUCT -> "Product excluded (e.g. oncology), not counted";
            case LAB_WITHOUT_DATE -> "Lab result without date";
            case LAB_WITHOUT_VALUE -> "Lab result without value";
            case LAB_VALUE_NOT_NUMERIC -> "Lab result not numeric";
            case UNKNOWN_LAB_CODE -> "Lab result with a code outside the code lists";
          });
    }
  }

  private RegistrationQualityViews() {}

  /** Kinds with a count above zero, most frequent first. */
  public static RegistrationQuality of(PracticeMeasurement m) {
    Map<RegistrationProblem.Kind, List<RegistrationQuality.Example>> examples =
        new EnumMap<>(RegistrationProblem.Kind.class);
    for (PatientInput input : m.data().patients()) {
      PatientLabel label = m.data().labels().get(input.patient().id());
      for (RegistrationProblem p : input.registrationProblems()) {
        addExample(examples, p, label);
      }
    }
    m.data().unattributed().forEach(p -> addExample(examples, p, null));
    List<RegistrationQuality.Kind> kinds = new ArrayList<>();
    m.evaluation()
        .registrationProblems()
        .forEach(
            (kind, count) -> {
              if (count > 0) {
                kinds.add(
                    new RegistrationQuality.Kind(
                        kind.name(),
                        new Texts(kind.label(), ENGLISH.get(kind)),
                        count,
                        examples.getOrDefault(kind, List.of())));
              }
            });
    kinds.sort(
        (a, b) ->
            a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : a.code().compareTo(b.code()));
    return new RegistrationQuality(
        m.evaluation().referenceDate().toString(), m.evaluation().population(), kinds);
  }

  private static void addExample(
      Map<RegistrationProblem.Kind, List<RegistrationQuality.Example>> examples,
      RegistrationProblem p,
      PatientLabel label) {
    List<RegistrationQuality.Example> list =
        examples.computeIfAbsent(p.kind(), k -> new ArrayList<>());
    if (list.size() < EXAMPLES) {
      list.add(
          new RegistrationQuality.Example(
              label == null ? null : label.name(),
              label == null ? null : label.hisNumber(),
              p.resourceType(),
              p.resourceId(),
              p.detail()));
    }
  }
}
