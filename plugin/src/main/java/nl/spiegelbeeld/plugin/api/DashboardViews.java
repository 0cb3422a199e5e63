package nl.spiegelbeeld.plugin.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegelbeeld.plugin.api.DutchNumbers.Language;
import nl.spiegelbeeld.plugin.history.HistoryPoint;
import nl.spiegelbeeld.plugin.indicator.definition.IndicatorDefinition;
import nl.spiegelbeeld.plugin.indicator.definition.Scoring;
import nl.spiegelbeeld.plugin.indicator.engine.Counts;
import nl.spiegelbeeld.plugin.indicator.engine.GroupResult;
import nl.spiegelbeeld.plugin.indicator.engine.IndicatorResult;
import nl.spiegelbeeld.plugin.indicator.engine.StratifierResult;
import nl.spiegelbeeld.plugin.indicator.engine.StratumResult;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;

/** Builds the dashboard and the indicator detail from a measurement. Pure. */
public final class DashboardViews {

  /** The shared age bands repeat the local ones more coarsely; the local screens skip them. */
  private static final String SHARED_AGE_BANDS = "age-band-shared";

  private final Headlines headlines;

  public DashboardViews(Headlines headlines) {
    this.headlines = headlines;
  }

  /**
   * The dashboard.
   *
   * @param history the practice's stored measurements by indicator id
   * @param reviewed review marks on each worklist's current patients, by indicator id
   */
  public Dashboard dashboard(
      PracticeMeasurement m,
      Map<String, List<HistoryPoint>> history,
      Map<String, Integer> reviewed) {
    Map<String, List<IndicatorCard>> byModule = new LinkedHashMap<>();
    for (IndicatorResult r : m.evaluation().indicators()) {
      byModule
          .computeIfAbsent(r.definition().module(), k -> new ArrayList<>())
          .add(
              card(
                  m, r, history.getOrDefault(r.id(), List.of()), reviewed.getOrDefault(r.id(), 0)));
    }
    List<Dashboard.Module> modules = new ArrayList<>();
    byModule.forEach(
        (id, cards) -> modules.add(new Dashboard.Module(id, headlines.moduleTitle(id), cards)));
    return new Dashboard(
        m.evaluation().referenceDate().toString(),
        m.evaluation().measurementPeriodStart().toString(),
        m.data().practice().name(),
        m.evaluation().population(),
        m.data().pulledAt().toString(),
        modules);
  }

  /** One indicator's detail. */
  public IndicatorDetail detail(
      PracticeMeasurement m, IndicatorResult r, List<HistoryPoint> history, int reviewed) {
    IndicatorDefinition d = r.definition();
    List<IndicatorDetail.Source> sources =
        d.sources().stream().map(s -> new IndicatorDetail.Source(s.text(), s.url())).toList();
    List<IndicatorDetail.GroupView> groups = new ArrayList<>();
    for (GroupResult g : r.groups()) {
      List<IndicatorDetail.StratifierView> stratifiers = new ArrayList<>();
      for (StratifierResult s : g.stratifiers()) {
        if (s.id().equals(SHARED_AGE_BANDS)) {
          continue;
        }
        List<IndicatorDetail.StratumView> strata = new ArrayList<>();
        for (StratumResult st : s.strata()) {
          Counts c = st.counts();
          strata.add(
              new IndicatorDetail.StratumView(
                  st.code(),
                  st.label(),
                  c.numerator(),
                  c.denominator(),
                  c.measurePopulation(),
                  rate(d, c)));
        }
        stratifiers.add(new IndicatorDetail.StratifierView(s.id(), s.title(), strata));
      }
      Counts c = g.counts();
      groups.add(
          new IndicatorDetail.GroupView(
              g.code(),
              g.title(),
              c.numerator(),
              c.denominator(),
              c.measurePopulation(),
              rate(d, c),
              stratifiers));
    }
    return new IndicatorDetail(
        card(m, r, history, reviewed), Texts.dutchOnly(d.description()), sources, groups);
  }

  IndicatorCard card(
      PracticeMeasurement m, IndicatorResult r, List<HistoryPoint> history, int reviewed) {
    IndicatorDefinition d = r.definition();
    Counts c = r.main().counts();
    String p = m.evaluation().referenceDate().toString();
    List<IndicatorCard.EarlierMeasurement> earlier =
        history.stream()
            .filter(h -> !h.referenceDate().toString().equals(p))
            .map(
                h ->
                    new IndicatorCard.EarlierMeasurement(
                        h.referenceDate().toString(),
                        h.definitionVersion(),
                        h.definitionVersion().equals(d.version()),
                        h.numerator(),
                        h.denominator(),
                        h.measurePopulation(),
                        rate(d, new Counts(0, h.denominator(), 0, h.numerator(), 0))))
            .toList();
    IndicatorCard.WorklistSummary worklist =
        r.worklist() == null
            ? null
            : new IndicatorCard.WorklistSummary(
                r.worklist().title(), r.worklist().entries().size(), reviewed);
    return new IndicatorCard(
        d.id(),
        d.module(),
        new Texts(d.title().nl(), d.title().en()),
        headlines.headline(d.id(), c),
        d.status().json(),
        d.version(),
        d.scoring().name().toLowerCase(Locale.ROOT),
        d.improvementNotation().json(),
        d.rateBase(),
        c.numerator(),
        c.denominator(),
        c.measurePopulation(),
        rate(d, c),
        rateText(d, c),
        p,
        worklist,
        earlier);
  }

  private static Double rate(IndicatorDefinition d, Counts c) {
    if (d.scoring() == Scoring.COHORT) {
      return null;
    }
    return DutchNumbers.rate(c.numerator(), c.denominator(), d.rateBase());
  }

  private static Texts rateText(IndicatorDefinition d, Counts c) {
    if (d.scoring() == Scoring.COHORT) {
      return new Texts(
          DutchNumbers.count(c.measurePopulation(), Language.NL),
          DutchNumbers.count(c.measurePopulation(), Language.EN));
    }
    if (c.denominator() == 0) {
      return new Texts("geen noemer", "no denominator");
    }
    if (d.rateBase() == 1000) {
      return new Texts(
          DutchNumbers.perThousand(c.numerator(), c.denominator(), Language.NL) + " per 1.000",
          DutchNumbers.perThousand(c.numerator(), c.denominator(), Language.EN) + " per 1,000");
    }
    String pct = DutchNumbers.percent(c.numerator(), c.denominator());
    return new Texts(pct, pct);
  }
}
