package nl.spiegelbeeld.benchmark.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Achievable Benchmark of Care, "best 10%" (Kiefe et al. 1998; indicators.md section 6): rank
 * practices by the adjusted performance fraction (x + 1)/(d + 2), best first (ascending where lower
 * is better); take practices from the top until their denominators add up to at least 10% of all
 * ranked denominators, together with every practice tied with the last one taken; the benchmark is
 * Σ numerators / Σ denominators of those. Only practices with both counts unsuppressed and a
 * denominator above 0 are ranked; the caller counts the ones left out.
 */
public final class AchievableBenchmark {

  private AchievableBenchmark() {}

  /**
   * @param value Σ numerators / Σ denominators of the best practices
   * @param practices the practices in the benchmark, best first
   */
  public record Result(double value, List<Performance> practices) {
    public Result {
      practices = List.copyOf(practices);
    }
  }

  /**
   * @param lowerIsBetter true for indicators whose improvement notation is {@code decrease}
   * @return empty when nothing can be ranked
   */
  public static Optional<Result> of(List<Performance> performances, boolean lowerIsBetter) {
    if (performances.isEmpty()) {
      return Optional.empty();
    }
    Comparator<Performance> better = AchievableBenchmark::compareAdjusted;
    if (!lowerIsBetter) {
      better = better.reversed();
    }
    List<Performance> ranked = new ArrayList<>(performances);
    ranked.sort(better);
    long allDenominators = ranked.stream().mapToLong(Performance::denominator).sum();
    List<Performance> best = new ArrayList<>();
    long denominators = 0;
    int i = 0;
    // Σ d ≥ 10% of all: 10 × Σ d ≥ all, in integers.
    while (i < ranked.size() && denominators * 10 < allDenominators) {
      denominators += ranked.get(i).denominator();
      best.add(ranked.get(i));
      i++;
    }
    Performance last = best.get(best.size() - 1);
    while (i < ranked.size() && compareAdjusted(ranked.get(i), last) == 0) {
      best.add(ranked.get(i));
      i++;
    }
    long x = best.stream().mapToLong(Performance::numerator).sum();
    long d = best.stream().mapToLong(Performance::denominator).sum();
    return Optional.of(new Result((double) x / d, best));
  }

  /** Compares (x + 1)/(d + 2) exactly, by cross-multiplying: ties must be found exactly. */
  static int compareAdjusted(Performance a, Performance b) {
    long left = (long) (a.numerator() + 1) * (b.denominator() + 2);
    long right = (long) (b.numerator() + 1) * (a.denominator() + 2);
    return Long.compare(left, right);
  }
}
