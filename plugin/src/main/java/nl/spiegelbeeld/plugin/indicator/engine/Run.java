package nl.spiegelbeeld.plugin.indicator.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.mappings.facts.RegistrationProblem;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;

/**
 * One evaluation of a practice on P being accumulated: patients are added one by one (streamed;
 * nothing of a patient is kept but its small result, the ids in the subject lists and its worklist
 * entries), then {@link #finish()} returns the {@link Evaluation}.
 */
public final class Run {

  private final Engine engine;
  private final Practice practice;
  private final LocalDate p;
  private final List<IndicatorTally> tallies = new ArrayList<>();
  private final EnumMap<RegistrationProblem.Kind, Integer> problems =
      new EnumMap<>(RegistrationProblem.Kind.class);
  private int population;

  Run(Engine engine, Practice practice, LocalDate p) {
    this.engine = engine;
    this.practice = Objects.requireNonNull(practice, "practice");
    this.p = Objects.requireNonNull(p, "p");
    for (IndicatorDefinition d : engine.definitions()) {
      tallies.add(new IndicatorTally(d, engine.catalogue().terminology()));
    }
  }

  /** Evaluates and counts one patient; returns its result. */
  public PatientResult add(PatientInput input) {
    PatientResult result = engine.evaluate(input, practice, p);
    if (!result.inPopulation()) {
      return result;
    }
    population++;
    for (RegistrationProblem problem : input.registrationProblems()) {
      problems.merge(problem.kind(), 1, Integer::sum);
    }
    for (RegistrationProblem problem : result.problemsOnReferenceDate()) {
      problems.merge(problem.kind(), 1, Integer::sum);
    }
    int next = 0;
    for (IndicatorTally tally : tallies) {
      if (next < result.memberships().size()
          && result.memberships().get(next).indicatorId().equals(tally.id())) {
        tally.add(result.patientId(), result.memberships().get(next));
        next++;
      }
    }
    return result;
  }

  /** Counts registration problems not tied to a patient (e.g. resources without a subject). */
  public void addUnattributed(List<RegistrationProblem> unattributed) {
    unattributed.forEach(problem -> problems.merge(problem.kind(), 1, Integer::sum));
  }

  public Evaluation finish() {
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorTally tally : tallies) {
      results.add(tally.result());
    }
    LocalDate periodStart =
        tallies.isEmpty() ? p.minusDays(364) : tallies.get(0).measurementPeriodStart(p);
    return new Evaluation(p, periodStart, population, results, Map.copyOf(problems));
  }
}
