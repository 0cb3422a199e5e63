package nl.spiegelbeeld.benchmark.support;

import ca.uhn.fhir.context.FhirContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Measures and summary MeasureReports in the shape the plugin exports them ({@code
 * indicator.fhir.MeasureExport}, {@code MeasureReportExport.summary(..., sharedStratifiersOnly =
 * true)}), built here because the two modules share only the format.
 */
public final class Reports {

  public static final FhirContext FHIR = FhirContext.forR4Cached();
  public static final String BASE = "https://spiegelbeeld.nl/fhir/";
  public static final String OST04 = BASE + "Measure/OST-04";
  public static final String OST06 = BASE + "Measure/OST-06";
  public static final String VERSION = "1.0.0";
  public static final String START = "2025-11-24";
  public static final String END = "2026-11-23";
  static final String POPULATION = "http://terminology.hl7.org/CodeSystem/measure-population";
  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private Reports() {}

  /** A Measure like the plugin's export: groups, populations, stratifiers (shared and local). */
  public static Measure measure(String url, String notation, String... groups) {
    Measure m = new Measure();
    m.setId(url.substring(url.lastIndexOf('/') + 1));
    m.setUrl(url);
    m.setVersion(VERSION);
    m.setTitle("Indicator " + m.getId());
    m.setStatus(org.hl7.fhir.r4.model.Enumerations.PublicationStatus.ACTIVE);
    m.setScoring(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/measure-scoring", "proportion", null)));
    if (!notation.equals("none")) {
      m.setImprovementNotation(
          new CodeableConcept(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/measure-improvement-notation",
                  notation,
                  null)));
    }
    for (String code : groups) {
      Measure.MeasureGroupComponent g = m.addGroup();
      g.setCode(new CodeableConcept(new Coding(BASE + "CodeSystem/indicator-group", code, code)));
      for (String p : List.of("initial-population", "denominator", "numerator")) {
        g.addPopulation().setCode(new CodeableConcept(new Coding(POPULATION, p, null)));
      }
      for (String s : List.of("sex", "age-band", "age-band-shared", "treatment-status")) {
        g.addStratifier()
            .setCode(new CodeableConcept(new Coding(BASE + "CodeSystem/stratifier", s, s)));
      }
    }
    return m;
  }

  /** A collection Bundle of resources, as JSON. */
  public static String bundle(Resource... resources) {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (Resource r : resources) {
      b.addEntry().setResource(r);
    }
    return json(b);
  }

  public static String json(Resource r) {
    return FHIR.newJsonParser().encodeResourceToString(r);
  }

  /**
   * A valid shareable OST-04 report with k = 5: 40 in the denominator, 20 in the numerator; sex:
   * female 25/12, male 15/8, other and unknown 0; age: lt65 10/5, 65-79 20/10, 80+ 10/5, unknown 0.
   */
  public static MeasureReport ost04(String agb) {
    MeasureReport r = report(OST04, agb, "OST-04", 40, 20);
    MeasureReport.MeasureReportGroupComponent g = r.getGroupFirstRep();
    Map<String, int[]> sex = new LinkedHashMap<>();
    sex.put("female", new int[] {25, 12});
    sex.put("male", new int[] {15, 8});
    sex.put("other", new int[] {0, 0});
    sex.put("unknown", new int[] {0, 0});
    stratifier(g, "sex", sex);
    Map<String, int[]> age = new LinkedHashMap<>();
    age.put("lt65", new int[] {10, 5});
    age.put("65-79", new int[] {20, 10});
    age.put("80+", new int[] {10, 5});
    age.put("unknown", new int[] {0, 0});
    stratifier(g, "age-band-shared", age);
    return r;
  }

  /**
   * The {@link #ost04} shape for any indicator, every count multiplied by {@code m}: valid for k =
   * 5 whatever m is.
   */
  public static MeasureReport scaled(String url, String agb, String group, int m) {
    MeasureReport r = ost04(agb);
    r.setMeasure(url + "|" + VERSION);
    MeasureReport.MeasureReportGroupComponent g = r.getGroupFirstRep();
    g.getCode().getCodingFirstRep().setCode(group);
    g.getPopulation().forEach(p -> p.setCount(p.getCount() * m));
    g.getStratifier()
        .forEach(
            s ->
                s.getStratum()
                    .forEach(st -> st.getPopulation().forEach(p -> p.setCount(p.getCount() * m))));
    return r;
  }

  /** A report of one group without strata: denominator d, numerator x (null: suppressed). */
  public static MeasureReport report(String url, String agb, String group, int d, Integer x) {
    MeasureReport r = new MeasureReport();
    r.setStatus(MeasureReport.MeasureReportStatus.COMPLETE);
    r.setType(MeasureReport.MeasureReportType.SUMMARY);
    r.setMeasure(url + "|" + VERSION);
    r.setDate(java.util.Date.from(TestService.NOW));
    r.setReporter(
        new Reference()
            .setType("Organization")
            .setIdentifier(
                new Identifier().setSystem("http://fhir.nl/fhir/NamingSystem/agb-z").setValue(agb))
            .setDisplay("Huisartsenpraktijk " + agb));
    r.setPeriod(
        new Period().setStartElement(new DateTimeType(START)).setEndElement(new DateTimeType(END)));
    r.addExtension(
        new Extension(BASE + "StructureDefinition/definition-status", new CodeType("active")));
    MeasureReport.MeasureReportGroupComponent g = r.addGroup();
    g.setCode(new CodeableConcept(new Coding(BASE + "CodeSystem/indicator-group", group, group)));
    g.addPopulation().setCode(code("initial-population")).setCount(d);
    g.addPopulation().setCode(code("denominator")).setCount(d);
    MeasureReport.MeasureReportGroupPopulationComponent numerator =
        g.addPopulation().setCode(code("numerator"));
    if (x == null) {
      mask(numerator.getCountElement());
    } else {
      numerator.setCount(x);
    }
    return r;
  }

  private static void stratifier(
      MeasureReport.MeasureReportGroupComponent g, String id, Map<String, int[]> strata) {
    MeasureReport.MeasureReportGroupStratifierComponent s = g.addStratifier();
    s.addCode(new CodeableConcept(new Coding(BASE + "CodeSystem/stratifier", id, id)));
    s.addExtension(
        new Extension(BASE + "StructureDefinition/stratifier-shared", new BooleanType(true)));
    strata.forEach(
        (code, counts) -> {
          MeasureReport.StratifierGroupComponent st = s.addStratum();
          st.setValue(
              new CodeableConcept(new Coding(BASE + "CodeSystem/stratum/" + id, code, code))
                  .setText(code));
          st.addPopulation().setCode(code("initial-population")).setCount(counts[0]);
          st.addPopulation().setCode(code("denominator")).setCount(counts[0]);
          st.addPopulation().setCode(code("numerator")).setCount(counts[1]);
        });
  }

  /** Marks a count as suppressed: no value, data-absent-reason masked. */
  public static void mask(org.hl7.fhir.r4.model.IntegerType count) {
    count.setValue(null);
    count.addExtension(new Extension(DATA_ABSENT_REASON, new CodeType("masked")));
  }

  public static CodeableConcept code(String population) {
    return new CodeableConcept(new Coding(POPULATION, population, null));
  }

  /** The stratum of a report's first group: stratifier index, stratum code. */
  public static MeasureReport.StratifierGroupComponent stratum(
      MeasureReport r, int stratifier, String code) {
    return r.getGroupFirstRep().getStratifier().get(stratifier).getStratum().stream()
        .filter(s -> s.getValue().getCodingFirstRep().getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
