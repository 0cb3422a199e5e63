package nl.spiegelbeeld.plugin.indicator.columns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.derive.Episode;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * The end of the class's last episode: its last day of use ({@code endExclusive − 1}) and agent;
 * phrase {@code laatste fractuurpreventie (alendroninezuur) t/m 11-03-2023}, or {@code nooit
 * fractuurpreventie}.
 *
 * <pre>{@code {"type": "lastUse", "class": "atc-fractuurpreventie", "noun": "fractuurpreventie"}}
 * </pre>
 */
public record LastUse(String atcClass, String noun) implements Column {

  public LastUse {
    Objects.requireNonNull(atcClass, "atcClass");
    Objects.requireNonNull(noun, "noun");
  }

  @Override
  public String id() {
    return "lastUse";
  }

  @Override
  public String header() {
    return "laatste " + noun + " t/m";
  }

  @Override
  public Cell cell(ColumnContext context) {
    Optional<Episode> last =
        context.patient().lastEpisode(atcClass, context.parameters().gapDays());
    if (last.isEmpty()) {
      return new Cell("nooit", "nooit " + noun);
    }
    Terminology t = context.patient().terminology();
    String day = DutchText.date(last.get().endExclusive().minusDays(1));
    String agent = t.agentName(last.get().agent());
    String what = agent.equals(noun) ? noun : noun + " (" + agent + ")";
    return new Cell(day, "laatste " + what + " t/m " + day);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
