package nl.spiegelbeeld.plugin.indicator.columns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.spiegelbeeld.mappings.facts.ProblemFact;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;

/**
 * Since when a problem of the list is active: the earliest onset of its active sources; phrase
 * {@code osteoporose sinds 01-02-2020}, or {@code osteoporose zonder begindatum}.
 *
 * <pre>{@code {"type": "problemSince", "codeList": "icpc-osteoporose", "noun": "osteoporose"}}
 * </pre>
 */
public record ProblemSince(String codeList, String noun) implements Column {

  public ProblemSince {
    Objects.requireNonNull(codeList, "codeList");
    Objects.requireNonNull(noun, "noun");
  }

  @Override
  public String id() {
    return "problemSince";
  }

  @Override
  public String header() {
    return noun + " sinds";
  }

  @Override
  public Cell cell(ColumnContext context) {
    List<ProblemFact> active = context.patient().activeProblems(codeList);
    if (active.isEmpty()) {
      return new Cell("", "geen " + noun);
    }
    Optional<LocalDate> onset =
        active.stream()
            .map(ProblemFact::onset)
            .filter(Objects::nonNull)
            .min(Comparator.naturalOrder());
    return onset
        .map(d -> new Cell(DutchText.date(d), noun + " sinds " + DutchText.date(d)))
        .orElseGet(() -> new Cell("onbekend", noun + " zonder begindatum"));
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.problem(codeList));
  }
}
