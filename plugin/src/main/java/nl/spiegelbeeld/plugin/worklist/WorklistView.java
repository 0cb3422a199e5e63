package nl.spiegelbeeld.plugin.worklist;

import java.util.List;
import nl.spiegelbeeld.plugin.api.Texts;

/**
 * A worklist screen: its title, the columns beyond name, birth date, age and sex, its rows, and how
 * many of them are reviewed.
 */
public record WorklistView(
    String indicatorId,
    String title,
    Texts indicatorTitle,
    String referenceDate,
    List<String> columns,
    List<WorklistRow> rows,
    int reviewed,
    List<OutcomeOption> outcomes,
    int maxNoteLength) {

  /** An outcome the review form offers. */
  public record OutcomeOption(String code, Texts label) {}
}
