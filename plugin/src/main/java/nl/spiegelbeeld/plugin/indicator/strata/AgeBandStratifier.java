package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import nl.spiegelbeeld.mappings.derive.AgeBand;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * Age band on P (fhir-mappings {@code AgeBand}): the local bands 0–17, 18–39, 40–49, 50–59, 60–69,
 * 70–79, 80+, or the shared bands < 65, 65–79, 80+ (indicators.md §1, §5). Only the shared bands
 * may leave the practice. A patient without a usable birth date is {@code unknown} (never in an
 * age-restricted population anyway).
 *
 * <pre>{@code {"type": "ageBand", "bands": "local"}  {"type": "ageBand", "bands": "shared"}}</pre>
 */
public record AgeBandStratifier(Bands bands) implements Stratifier {

  /** Which band set. */
  public enum Bands {
    LOCAL,
    SHARED
  }

  private static final String UNKNOWN = "unknown";

  /** The codes by age in completed years (0..120), computed once: evaluated for every patient. */
  private static final int OLDEST = 120;

  private static final String[] LOCAL_BY_AGE = new String[OLDEST + 1];
  private static final String[] SHARED_BY_AGE = new String[OLDEST + 1];

  static {
    for (int age = 0; age <= OLDEST; age++) {
      LOCAL_BY_AGE[age] = code(AgeBand.local(age).label());
      SHARED_BY_AGE[age] = code(AgeBand.shared(age).label());
    }
  }

  public AgeBandStratifier {
    Objects.requireNonNull(bands, "bands");
  }

  @Override
  public String id() {
    return bands == Bands.LOCAL ? "age-band" : "age-band-shared";
  }

  @Override
  public String title() {
    return bands == Bands.LOCAL ? "Leeftijdsgroep" : "Leeftijdsgroep (gedeeld)";
  }

  @Override
  public boolean shared() {
    return bands == Bands.SHARED;
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    OptionalInt age = patient.age();
    if (age.isEmpty()) {
      return UNKNOWN;
    }
    int years = Math.min(age.getAsInt(), OLDEST);
    return bands == Bands.LOCAL ? LOCAL_BY_AGE[years] : SHARED_BY_AGE[years];
  }

  /**
   * A label such as {@code 40–49} or {@code < 65} as an ASCII code ({@code 40-49}, {@code lt65}).
   */
  static String code(String label) {
    return label.replace('–', '-').replace("< ", "lt");
  }

  @Override
  public List<String> codes() {
    List<String> codes = new ArrayList<>();
    if (bands == Bands.LOCAL) {
      for (AgeBand.Local b : AgeBand.Local.values()) {
        codes.add(code(b.label()));
      }
    } else {
      for (AgeBand.Shared b : AgeBand.Shared.values()) {
        codes.add(code(b.label()));
      }
    }
    codes.add(UNKNOWN);
    return codes;
  }

  @Override
  public String label(String code, Terminology terminology) {
    if (UNKNOWN.equals(code)) {
      return "leeftijd onbekend";
    }
    if (bands == Bands.LOCAL) {
      for (AgeBand.Local b : AgeBand.Local.values()) {
        if (code(b.label()).equals(code)) {
          return b.label();
        }
      }
    } else {
      for (AgeBand.Shared b : AgeBand.Shared.values()) {
        if (code(b.label()).equals(code)) {
          return b.label();
        }
      }
    }
    return code;
  }
}
