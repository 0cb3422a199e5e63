package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * Treatment status with a medication class on P (OST-04): {@code current} (current user), {@code
 * earlier-ge3y} (not current, cumulative duration of all the class's episodes at least {@code
 * earlierYears} years, days / 365.25), {@code earlier-lt3y} (less), {@code never} (no interval of
 * the class up to P).
 *
 * <pre>{@code {"type": "treatmentStatus", "class": "atc-fractuurpreventie", "earlierYears": 3}}
 * </pre>
 */
public record TreatmentStatus(String atcClass, int earlierYears) implements Stratifier {

  public TreatmentStatus {
    Objects.requireNonNull(atcClass, "atcClass");
    if (earlierYears < 1) {
      throw new IllegalArgumentException("earlierYears must be at least 1");
    }
  }

  @Override
  public String id() {
    return "treatment-status";
  }

  @Override
  public String title() {
    return "Behandelstatus";
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    int g = parameters.gapDays();
    List<Episode> episodes = patient.episodes(atcClass, g);
    if (episodes.isEmpty()) {
      return "never";
    }
    if (Episodes.isCurrentUser(episodes, patient.referenceDate(), g)) {
      return "current";
    }
    return Episodes.years(Episodes.cumulativeDays(episodes)) >= earlierYears
        ? "earlier-ge" + earlierYears + "y"
        : "earlier-lt" + earlierYears + "y";
  }

  @Override
  public List<String> codes() {
    return List.of(
        "current", "earlier-ge" + earlierYears + "y", "earlier-lt" + earlierYears + "y", "never");
  }

  @Override
  public String label(String code, Terminology terminology) {
    if (code.equals("current")) {
      return "huidige gebruiker";
    }
    if (code.equals("never")) {
      return "nooit gebruikt";
    }
    return code.startsWith("earlier-ge")
        ? "eerder, ≥ " + earlierYears + " jaar"
        : "eerder, < " + earlierYears + " jaar";
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
