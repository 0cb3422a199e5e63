package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;

/**
 * One condition on a patient on peildatum P: the closed vocabulary indicator definitions are
 * written in (style.md, "Definitions are data"). Each kind is one record whose Javadoc shows its
 * JSON; the JSON {@code type} maps to the record through one explicit table ({@code
 * definition.CriterionTypes}). Every rule of indicators.md §1 a criterion needs comes from
 * fhir-mappings through {@link PatientView}.
 *
 * <p>The initial population, denominator and numerator of a definition are criteria; the
 * denominator is the initial population AND the denominator criterion, the numerator the
 * denominator AND the numerator criterion.
 */
public sealed interface Criterion
    permits AgeAtLeast,
        ActiveProblem,
        CurrentUser,
        EpisodeStartIn,
        StoppedBeforeStandard,
        CumulativeExceedsStandard,
        GlucocorticoidLongTerm,
        OverlapsMeasurementPeriod,
        TreatmentStartInPeriod,
        StartWithLab,
        LastEpisodeStoppedIn,
        NoFollowUpAfterLastStart,
        RepeatedEgfrBelow,
        LatestEgfrBelow,
        LatestEgfrAtLeastDaysOld,
        AnyEgfrBelow,
        AllOf,
        AnyOf,
        Not {

  /** True when the patient meets the criterion on P. */
  boolean test(PatientView patient, Parameters parameters);

  /** The criterion in Dutch, for explanations and the exported Measure. */
  String describe();

  /** The code lists this criterion (not its children) refers to. */
  default List<CodeListUse> codeListUses() {
    return List.of();
  }

  /** The criteria combined by this one (AllOf, AnyOf, Not); empty for the others. */
  default List<Criterion> children() {
    return List.of();
  }
}
