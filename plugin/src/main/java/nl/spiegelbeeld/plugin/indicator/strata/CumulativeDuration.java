package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spiegelbeeld.mappings.derive.Episodes;
import nl.spiegelbeeld.plugin.indicator.criteria.CodeListUse;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * Cumulative duration of a class on P (sum of its episodes' lengths, indicators.md §1) in bands:
 * the first band whose bound holds; the last band has no bound. A bound is either {@code belowDays}
 * (days < N; OST-06: < 365 d) or {@code maxYears} (days / 365.25 ≤ N; OST-07: ≤ 5 / > 5–10 / > 10
 * years).
 *
 * <pre>{@code
 * {"type": "cumulativeDuration", "class": "atc-bisfosfonaten", "bands": [
 *   {"code": "le5", "label": "≤ 5 jaar", "maxYears": 5},
 *   {"code": "5-10", "label": "> 5–10 jaar", "maxYears": 10},
 *   {"code": "gt10", "label": "> 10 jaar"}]}
 * }</pre>
 */
public record CumulativeDuration(String atcClass, List<Band> bands) implements Stratifier {

  /**
   * One band.
   *
   * @param belowDays the band holds days below this, or {@code null}
   * @param maxYears the band holds years (days / 365.25) up to and including this, or {@code null}
   */
  public record Band(String code, String label, Integer belowDays, Integer maxYears) {
    public Band {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(label, "label");
      if (belowDays != null && maxYears != null) {
        throw new IllegalArgumentException("band " + code + ": belowDays or maxYears, not both");
      }
    }

    boolean isOpen() {
      return belowDays == null && maxYears == null;
    }

    boolean holds(long days) {
      if (belowDays != null) {
        return days < belowDays;
      }
      if (maxYears != null) {
        return Episodes.years(days) <= maxYears;
      }
      return true;
    }
  }

  public CumulativeDuration {
    Objects.requireNonNull(atcClass, "atcClass");
    bands = List.copyOf(bands);
    if (bands.size() < 2 || !bands.get(bands.size() - 1).isOpen()) {
      throw new IllegalArgumentException("at least two bands, the last one without a bound");
    }
    for (int i = 0; i < bands.size() - 1; i++) {
      if (bands.get(i).isOpen()) {
        throw new IllegalArgumentException("only the last band may be without a bound");
      }
    }
  }

  @Override
  public String id() {
    return "cumulative-duration";
  }

  @Override
  public String title() {
    return "Cumulatieve gebruiksduur";
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    long days = Episodes.cumulativeDays(patient.episodes(atcClass, parameters.gapDays()));
    for (Band band : bands) {
      if (band.holds(days)) {
        return band.code();
      }
    }
    throw new IllegalStateException("the last band holds every duration");
  }

  @Override
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    bands.forEach(b -> codes.add(b.code()));
    return codes;
  }

  @Override
  public String label(String code, Terminology terminology) {
    return bands.stream()
        .filter(b -> b.code().equals(code))
        .map(Band::label)
        .findFirst()
        .orElse(code);
  }

  @Override
  public List<CodeListUse> codeListUses() {
    return List.of(CodeListUse.medicationClass(atcClass));
  }
}
