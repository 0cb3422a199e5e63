package nl.spiegelbeeld.plugin.api;

import java.util.List;

/**
 * The detail of one indicator: its card, the definition in plain language with its sources, and its
 * counts by stratum (sex, age band and the indicator's own strata) for each of its groups.
 */
public record IndicatorDetail(
    IndicatorCard card, Texts description, List<Source> sources, List<GroupView> groups) {

  public record Source(String text, String url) {}

  /** A group: the indicator itself or an extra group such as OST-09a. */
  public record GroupView(
      String code,
      String title,
      int numerator,
      int denominator,
      int measurePopulation,
      Double rate,
      List<StratifierView> stratifiers) {}

  public record StratifierView(String id, String title, List<StratumView> strata) {}

  public record StratumView(
      String code,
      String label,
      int numerator,
      int denominator,
      int measurePopulation,
      Double rate) {}
}
