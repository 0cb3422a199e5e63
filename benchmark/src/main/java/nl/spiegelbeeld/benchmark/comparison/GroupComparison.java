package nl.spiegelbeeld.benchmark.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.group.PeerGroup;
import nl.spiegelbeeld.benchmark.measure.MeasureDefinition;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeContext;

/**
 * The comparison of one group on one indicator (group code) and period, as its members see it
 * (indicators.md section 6): every member by name (or by pseudonym, unless the group compares by
 * name) with its counts and percentage, the group total, median and deciles, the best 10% with the
 * number of practices left out for suppression, each member's trend and context. Pure.
 */
public final class GroupComparison {

  private GroupComparison() {}

  /** The JSON answer of {@code GET /groups/{id}/comparisons}. */
  public record View(
      GroupInfo group,
      MeasureInfo measure,
      PeriodInfo period,
      List<PracticeRow> practices,
      Total total,
      Distribution distribution,
      Best best10,
      List<Trend> trends) {}

  public record GroupInfo(long id, String name, boolean compareByName, int suppressionK) {}

  public record MeasureInfo(
      String url, String version, String groupCode, String title, String improvementNotation) {}

  /** ISO dates: the JSON needs no date module. */
  public record PeriodInfo(String start, String end) {}

  /**
   * One member.
   *
   * @param submitted whether it shared this indicator for this period
   * @param suppressed whether a count is suppressed (then left out of total, distribution, best)
   */
  public record PracticeRow(
      String practice,
      boolean you,
      boolean submitted,
      Integer numerator,
      Integer denominator,
      Double percentage,
      boolean suppressed,
      ContextView context) {}

  /** List size and structure; a count between 1 and k − 1 is null (suppressed). */
  public record ContextView(
      Integer listSize, Map<String, Integer> sex, Map<String, Integer> ageBands) {}

  public record Total(long numerator, long denominator, Double percentage, int practices) {}

  public record Distribution(int practices, Double median, List<Double> deciles) {}

  /**
   * @param percentage the benchmark; null when nothing could be ranked
   * @param practices how many practices make up the best 10%
   * @param leftOutForSuppression practices that shared but had a count suppressed
   */
  public record Best(Double percentage, int practices, int leftOutForSuppression) {}

  public record Trend(String practice, boolean you, List<TrendPoint> periods) {}

  /**
   * @param versionChanged the definition version differs from the one compared (marked in the view)
   */
  public record TrendPoint(
      String start,
      String end,
      String version,
      boolean versionChanged,
      Integer numerator,
      Integer denominator,
      Double percentage) {}

  /**
   * @param rows current results of the group's members for the measure's URL (every version and
   *     period) and the group code
   */
  public static View of(
      PeerGroup group,
      long callerId,
      MeasureDefinition measure,
      String groupCode,
      LocalDate start,
      LocalDate end,
      List<ResultRow> rows) {
    Map<Long, String> labels = labels(group, callerId);
    Map<Long, ResultRow> now = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      if (r.version().equals(measure.version())
          && r.periodStart().equals(start)
          && r.periodEnd().equals(end)) {
        now.put(r.practiceId(), r);
      }
    }
    List<PracticeRow> practices = new ArrayList<>();
    List<Performance> usable = new ArrayList<>();
    int leftOut = 0;
    for (Practice p : group.members()) {
      ResultRow r = now.get(p.id());
      ContextView context = context(p.context(), group.suppressionK());
      if (r == null) {
        practices.add(
            new PracticeRow(
                labels.get(p.id()), p.id() == callerId, false, null, null, null, false, context));
        continue;
      }
      boolean suppressed = r.denominator() == null || r.numerator() == null;
      if (suppressed) {
        leftOut++;
      } else if (r.usable()) {
        usable.add(r.performance());
      }
      practices.add(
          new PracticeRow(
              labels.get(p.id()),
              p.id() == callerId,
              true,
              r.numerator(),
              r.denominator(),
              r.percentage(),
              suppressed,
              context));
    }
    return new View(
        new GroupInfo(group.id(), group.name(), group.compareByName(), group.suppressionK()),
        new MeasureInfo(
            measure.url(),
            measure.version(),
            groupCode,
            measure.title(),
            measure.improvementNotation()),
        new PeriodInfo(start.toString(), end.toString()),
        practices,
        total(usable),
        distribution(usable),
        best(measure, usable, leftOut),
        trends(group, callerId, labels, measure, rows));
  }

  static Total total(List<Performance> usable) {
    long x = usable.stream().mapToLong(Performance::numerator).sum();
    long d = usable.stream().mapToLong(Performance::denominator).sum();
    return new Total(x, d, Percent.of(x, d), usable.size());
  }

  static Distribution distribution(List<Performance> usable) {
    double[] fractions = usable.stream().mapToDouble(Performance::fraction).toArray();
    return new Distribution(
        fractions.length,
        Quantiles.median(fractions).map(Percent::of).orElse(null),
        Quantiles.deciles(fractions).stream().map(Percent::of).toList());
  }

  /** Null for descriptive indicators (improvement notation none): no "best" (section 6). */
  static Best best(MeasureDefinition measure, List<Performance> usable, int leftOut) {
    if (!measure.ranked()) {
      return null;
    }
    Optional<AchievableBenchmark.Result> abc =
        AchievableBenchmark.of(usable, measure.improvementNotation().equals("decrease"));
    return new Best(
        abc.map(a -> Percent.of(a.value())).orElse(null),
        abc.map(a -> a.practices().size()).orElse(0),
        leftOut);
  }

  private static List<Trend> trends(
      PeerGroup group,
      long callerId,
      Map<Long, String> labels,
      MeasureDefinition measure,
      List<ResultRow> rows) {
    List<Trend> trends = new ArrayList<>();
    for (Practice p : group.members()) {
      List<TrendPoint> points =
          rows.stream()
              .filter(r -> r.practiceId() == p.id())
              .sorted(
                  Comparator.comparing(ResultRow::periodEnd)
                      .thenComparing(ResultRow::periodStart)
                      .thenComparing(ResultRow::version))
              .map(
                  r ->
                      new TrendPoint(
                          r.periodStart().toString(),
                          r.periodEnd().toString(),
                          r.version(),
                          !r.version().equals(measure.version()),
                          r.numerator(),
                          r.denominator(),
                          r.percentage()))
              .toList();
      trends.add(new Trend(labels.get(p.id()), p.id() == callerId, points));
    }
    return trends;
  }

  static Map<Long, String> labels(PeerGroup group, long callerId) {
    Map<Long, String> labels = new LinkedHashMap<>();
    group.members().forEach(p -> labels.put(p.id(), group.label(p, callerId)));
    return labels;
  }

  static ContextView context(PracticeContext c, int k) {
    return new ContextView(shown(c.listSize(), k), shown(c.sex(), k), shown(c.ageBands(), k));
  }

  private static Map<String, Integer> shown(Map<String, Integer> counts, int k) {
    Map<String, Integer> shown = new LinkedHashMap<>();
    counts.forEach((code, count) -> shown.put(code, shown(count, k)));
    return shown;
  }

  private static Integer shown(Integer count, int k) {
    return count == null || (count > 0 && count < k) ? null : count;
  }
}
