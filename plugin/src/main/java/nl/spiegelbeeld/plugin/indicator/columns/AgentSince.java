package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * The agent of the class's last episode and the episode's start; phrase {@code alendroninezuur
 * sinds 12-03-2018}.
 *
 * <pre>{@code {"type": "agentSince", "class": "atc-bisfosfonaten"}}</pre>
 */
public record AgentSince(String atcClass) implements Column {

  public AgentSince {
    Objects.requireNonNull(atcClass, "atcClass");
  }

  @Override
  public String id() {
    return "agentSince";
  }

  @Override
  public String header() {
    return "middel sinds";
  }

  @Override
  public Cell cell(ColumnContext context) {
    Optional<Episode> last =
        context.patient().lastEpisode(atcClass, context.parameters().gapDays());
    if (last.isEmpty()) {
      return new Cell("", "");
    }
    String text =
        context.patient().terminology().agentName(last.get().agent())
            + " sinds "
            + DutchText.date(last.get().start());
    return new Cell(text, text);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
