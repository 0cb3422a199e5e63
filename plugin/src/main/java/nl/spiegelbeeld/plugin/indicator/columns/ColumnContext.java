package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;

/**
 * What a column may read: the patient, the definition's parameters and the labels of the extra
 * groups (OST-09a..d) the patient is in the denominator of but not the numerator.
 */
public record ColumnContext(PatientView patient, Parameters parameters, List<String> groupsNotMet) {

  public ColumnContext {
    groupsNotMet = List.copyOf(groupsNotMet);
  }
}
