package nl.spiegelbeeld.plugin.indicator.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.Episode;

/**
 * No interval of the follow-up class started on or after the last start in the class's last episode
 * (OST-10: no bisphosphonate after the last denosumab injection). False when the class has no
 * episode (there is nothing to follow up).
 *
 * <pre>{@code
 * {"type": "noFollowUpAfterLastStart", "class": "atc-denosumab", "followUp": "atc-bisfosfonaten"}
 * }</pre>
 */
public record NoFollowUpAfterLastStart(String atcClass, String followUp) implements Criterion {

  public NoFollowUpAfterLastStart {
    Objects.requireNonNull(atcClass, "atcClass");
    Objects.requireNonNull(followUp, "followUp");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    Optional<Episode> last = patient.lastEpisode(atcClass, parameters.gapDays());
    if (last.isEmpty()) {
      return false;
    }
    LocalDate lastStart = last.get().lastStarted().start();
    return patient.intervals(followUp).stream().noneMatch(i -> !i.start().isBefore(lastStart));
  }

  @Override
  public String describe() {
    return "geen " + followUp + " gestart op of na de laatste start van " + atcClass;
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass), CodeListUse.medicationClass(followUp));
  }
}
