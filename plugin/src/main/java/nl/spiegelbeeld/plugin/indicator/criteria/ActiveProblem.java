package nl.spiegelbeeld.plugin.indicator.criteria;

import java.util.List;
import java.util.Objects;

/**
 * A problem of the code list is active on P: a Condition or EpisodeOfCare that qualifies by
 * indicators.md §1 (Problems), decided by fhir-mappings' {@code ActiveProblems}.
 *
 * <pre>{@code {"type": "activeProblem", "codeList": "icpc-osteoporose"}}</pre>
 */
public record ActiveProblem(String codeList) implements Criterion {

  public ActiveProblem {
    Objects.requireNonNull(codeList, "codeList");
  }

  @Override
  public boolean test(PatientView patient, Parameters parameters) {
    return patient.hasActiveProblem(codeList);
  }

  @Override
  public String describe() {
    return "actief probleem uit codelijst " + codeList;
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.problem(codeList));
  }
}
