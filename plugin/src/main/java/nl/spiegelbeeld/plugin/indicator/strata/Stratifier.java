package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.List;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * One-dimensional breakdown of an indicator's populations (indicators.md §4): every patient of the
 * initial population falls in exactly one stratum. A closed vocabulary like the criteria: one
 * record per kind, the JSON {@code type} mapped through {@code definition.StratifierTypes}.
 *
 * <p>Only {@link #shared()} stratifiers (sex, the shared age bands) may leave the practice
 * (indicators.md §5); the rest stay local.
 */
public sealed interface Stratifier
    permits SexStratifier,
        AgeBandStratifier,
        TreatmentStatus,
        AgentOnReferenceDate,
        CumulativeDuration,
        LowestRepeatedEgfr,
        EgfrInWindow {

  /** Code for "not applicable" where a stratifier has no value (e.g. no agent). */
  String NONE = "none";

  /** The stratifier's code in results and in the exported Measure, e.g. {@code sex}. */
  String id();

  /** Dutch title. */
  String title();

  /** True when the stratifier may be shared beyond the practice. */
  default boolean shared() {
    return false;
  }

  /** The stratum code of the patient on P. */
  String valueOf(PatientView patient, Parameters parameters);

  /** The stratum codes in display order; empty when the set is open (agents). */
  List<String> codes();

  /** Dutch label of a stratum code. */
  String label(String code, Terminology terminology);

  default List<CodeListUse> codeListUses() {
    return List.of();
  }
}
