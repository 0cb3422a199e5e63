package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episodes;

/**
 * Current user of a medication class on P: an episode of the class with {@code endExclusive + G >
 * P} (indicators.md §1). With {@code except}, the intervals of that class are left out first
 * (OST-06: "a current user of FP outside BP").
 *
 * <pre>{@code
 * {"type": "currentUser", "class": "atc-fractuurpreventie"}
 * {"type": "currentUser", "class": "atc-fractuurpreventie", "except": "atc-bisfosfonaten"}
 * }</pre>
 *
 * @param atcClass the medication class (an ATC code list)
 * @param except a class whose intervals do not count, or {@code null}
 */
public record CurrentUser(String atcClass, String except) implements Criterion {

  public CurrentUser {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    int g = parameters.gapDays();
    return Episodes.isCurrentUser(
        patient.episodes(atcClass, except, g), patient.referenceDate(), g);
  }

  @Override
  public String describe() {
    return "huidige gebruiker op de peildatum van "
        + atcClass
        + (except == null ? "" : " buiten " + except);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    List<CodeListUse> uses = new ArrayList<>(List.of(CodeListUse.medicationClass(atcClass)));
    if (except != null) {
      uses.add(CodeListUse.medicationClass(except));
    }
    return uses;
  }
}
