package nl.spiegelbeeld.plugin.indicator.strata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.spiegelbeeld.mappings.facts.Sex;
import nl.spiegelbeeld.plugin.indicator.criteria.Parameters;
import nl.spiegelbeeld.plugin.indicator.criteria.PatientView;
import nl.spiegelbeeld.plugin.indicator.criteria.Terminology;

/**
 * Sex from {@code Patient.gender}: {@code female}, {@code male}, {@code other}, {@code unknown}
 * (indicators.md §1). Shared.
 *
 * <pre>{@code {"type": "sex"}}</pre>
 */
public record SexStratifier() implements Stratifier {

  @Override
  public String id() {
    return "sex";
  }

  @Override
  public String title() {
    return "Geslacht";
  }

  @Override
  public boolean shared() {
    return true;
  }

  @Override
  public String valueOf(PatientView patient, Parameters parameters) {
    return code(patient.sex());
  }

  static String code(Sex sex) {
    return sex.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public List<String> codes() {
    return Arrays.stream(Sex.values()).map(SexStratifier::code).toList();
  }

  @Override
  public String label(String code, Terminology terminology) {
    return Sex.valueOf(code.toUpperCase(Locale.ROOT)).label();
  }
}
