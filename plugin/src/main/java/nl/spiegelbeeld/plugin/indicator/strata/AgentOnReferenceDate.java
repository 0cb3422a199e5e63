package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * The agent of the class on P (OST-05): the ATC code of the most recently started interval (ties:
 * the later end, then the lowest code; indicators.md §1, Agent); {@code none} without an interval.
 *
 * <pre>{@code {"type": "agent", "class": "atc-fractuurpreventie"}}</pre>
 */
public record AgentOnReferenceDate(String atcClass) implements Stratifier {

  public AgentOnReferenceDate {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "agent";
  }

  @Override
  public String title() {
    return "Middel op de peildatum";
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    return Episodes.agent(patient.intervals(atcClass)).orElse(NONE);
  }

  @Override
  public List<String> codes() {
    return List.of();
  }

  @Override
  public String label(String code, Terminology terminology) {
    return NONE.equals(code) ? "geen" : terminology.agentName(code);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
