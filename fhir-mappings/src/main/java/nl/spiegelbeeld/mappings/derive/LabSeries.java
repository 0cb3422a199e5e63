package nl.spiegelbeeld.mappings.derive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.spiegelbeeld.mappings.codes.CodeList;
import nl.spiegelbeeld.mappings.codes.CodeListNames;
import nl.spiegelbeeld.mappings.facts.LabFact;

/**
 * One patient's numeric lab values of one analyte, sorted by date (indicators.md §1, Lab values).
 * Results that are not numbers are never part of a series.
 */
public final class LabSeries {

  /**
   * Lowest first: by value; at an equal value {@code <} before {@code ≤} before none before {@code
   * ≥} before {@code >}; then by resource id, so the choice never depends on input order.
   */
  public static final Comparator<LabFact> LOWEST_FIRST =
      Comparator.comparing(LabFact::value)
          .thenComparing(f -> rank(f.comparator()))
          .thenComparing(LabFact::resourceId, Comparator.nullsLast(Comparator.naturalOrder()));

  private final List<LabFact> values;

  private LabSeries(List<LabFact> values) {
    this.values = List.copyOf(values);
  }

  /** Every numeric value of {@code analyte} (a code list name), by date, lowest first per date. */
  public static LabSeries of(Collection<LabFact> facts, String analyte) {
    return new LabSeries(
        facts.stream()
            .filter(f -> f.analyte().equals(analyte) && f.isNumeric())
            .sorted(Comparator.comparing(LabFact::date).thenComparing(LOWEST_FIRST))
            .toList());
  }

  /**
   * One eGFR per date (indicators.md §1): the lowest CKD-EPI value ({@code ckdEpi}: NHG 3583, LOINC
   * 62238-1, 98979-8), else the lowest value.
   */
  public static LabSeries egfrPerDate(Collection<LabFact> facts, CodeList ckdEpi) {
    Map<LocalDate, List<LabFact>> byDate =
        of(facts, CodeListNames.LAB_EGFR).values.stream()
            .collect(Collectors.groupingBy(LabFact::date, LinkedHashMap::new, Collectors.toList()));
    return new LabSeries(
        byDate.values().stream()
            .map(
                sameDay ->
                    sameDay.stream()
                        .filter(f -> ckdEpi.containsAny(f.codes()))
                        .min(LOWEST_FIRST)
                        .orElseGet(() -> sameDay.stream().min(LOWEST_FIRST).orElseThrow()))
            .toList());
  }

  /** The values, by date. */
  public List<LabFact> values() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The values dated in {@code [from, toInclusive]}. */
  public LabSeries between(LocalDate from, LocalDate toInclusive) {
    return new LabSeries(
        values.stream()
            .filter(f -> !f.date().isBefore(from) && !f.date().isAfter(toInclusive))
            .toList());
  }

  /** The most recent value (on the latest date, the lowest). */
  public Optional<LabFact> latest() {
    return values.stream()
        .max(Comparator.comparing(LabFact::date).thenComparing(LOWEST_FIRST.reversed()));
  }

  private static int rank(LabFact.Comparator comparator) {
    return switch (comparator) {
      case LESS_THAN -> 0;
      case LESS_OR_EQUAL -> 1;
      case NONE -> 2;
      case GREATER_OR_EQUAL -> 3;
      case GREATER_THAN -> 4;
    };
  }
}
