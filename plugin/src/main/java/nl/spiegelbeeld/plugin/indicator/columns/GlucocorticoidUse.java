package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.GlucocorticoidLongTerm;

/**
 * Glucocorticoid use in the measurement period: exposure days and courses (as {@link
 * GlucocorticoidLongTerm} counts them) and the agent; phrase {@code prednisolon: 142 gebruiksdagen,
 * 2 kuren in de meetperiode}.
 *
 * <pre>
 * {@code {"type": "glucocorticoidUse", "class": "atc-glucocorticoiden-systemisch", "courseGapDays": 14}}
 * </pre>
 */
public record GlucocorticoidUse(String atcClass, int courseGapDays) implements Column {

  public GlucocorticoidUse {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "glucocorticoidUse";
  }

  @Override
  public String header() {
    return "corticosteroïd in de meetperiode";
  }

  @Override
  public Cell cell(ColumnContext context) {
    var window = context.parameters().measurementPeriod();
    long days = GlucocorticoidLongTerm.exposureDays(context.patient(), atcClass, window);
    long courses =
        GlucocorticoidLongTerm.courses(context.patient(), atcClass, courseGapDays, window);
    String agent =
        Episodes.agent(context.patient().intervals(atcClass))
            .map(context.patient().terminology()::agentName)
            .orElse("");
    String value = days + " dagen, " + courses + (courses == 1 ? " kuur" : " kuren");
    return new Cell(value, agent + ": " + value + " in de meetperiode");
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
