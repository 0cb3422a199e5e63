package nl.spiegelbeeld.plugin.indicator.columns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.facts.LabFact;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * The most recent eGFR on or before P (one per date, the lowest CKD-EPI value); phrase {@code
 * laatste eGFR 48 op 03-04-2026}, or {@code geen eGFR}.
 *
 * <pre>{@code {"type": "latestEgfr"}}</pre>
 */
public record LatestEgfr() implements Column {

  @Override
  public String id() {
    return "latestEgfr";
  }

  @Override
  public String header() {
    return "laatste eGFR";
  }

  @Override
  public Cell cell(ColumnContext context) {
    LocalDate p = context.patient().referenceDate();
    Optional<LabFact> latest = context.patient().egfr().between(LocalDate.MIN, p).latest();
    if (latest.isEmpty()) {
      return new Cell("geen", "geen eGFR");
    }
    String value = DutchText.labValue(latest.get());
    String date = DutchText.date(latest.get().date());
    return new Cell(value + " (" + date + ")", "laatste eGFR " + value + " op " + date);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.lab(CodeListNames.LAB_EGFR));
  }
}
