package nl.spiegelbeeld.plugin.indicator.columns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.ExposureInterval;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * The first treatment start of the class in the measurement period and its agent; phrase {@code
 * start alendroninezuur 12-05-2026}.
 *
 * <pre>{@code {"type": "treatmentStart", "class": "atc-fractuurpreventie"}}</pre>
 */
public record TreatmentStart(String atcClass) implements Column {

  public TreatmentStart {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "treatmentStart";
  }

  @Override
  public String header() {
    return "start";
  }

  @Override
  public Cell cell(ColumnContext context) {
    Optional<LocalDate> start =
        context.patient().firstTreatmentStart(atcClass, context.parameters().measurementPeriod());
    if (start.isEmpty()) {
      return new Cell("", "");
    }
    String agent =
        context.patient().intervals(atcClass).stream()
            .filter(i -> i.start().equals(start.get()))
            .map(ExposureInterval::atc)
            .sorted()
            .findFirst()
            .map(context.patient().terminology()::agentName)
            .orElse("");
    String date = DutchText.date(start.get());
    return new Cell(date, "start " + agent + " " + date);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
