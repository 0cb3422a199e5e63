package nl.spiegelbeeld.benchmark.measure;

import java.util.ArrayList;
import java.util.List;
import nl.spiegelbeeld.benchmark.fhir.WireFormat;
import org.hl7.fhir.r4.model.Measure;

/**
 * Reads a FHIR Measure (as the plugin exports its catalogue) into a {@link MeasureDefinition},
 * naming every problem so the operator can fix the file.
 */
public final class MeasureReading {

  private MeasureReading() {}

  /**
   * @param where how the Measure is named in messages, e.g. {@code entry 3}
   * @throws InvalidMeasure with every problem found
   */
  public static MeasureDefinition read(Measure m, String where) {
    List<String> problems = new ArrayList<>();
    if (!m.hasUrl()) {
      problems.add(where + ": Measure.url (de canonieke URL) ontbreekt.");
    }
    if (!m.hasVersion()) {
      problems.add(where + ": Measure.version ontbreekt.");
    }
    if (m.getGroup().isEmpty()) {
      problems.add(where + ": de Measure heeft geen group.");
    }
    List<String> groups = new ArrayList<>();
    List<String> stratifiers = new ArrayList<>();
    for (int i = 0; i < m.getGroup().size(); i++) {
      Measure.MeasureGroupComponent g = m.getGroup().get(i);
      String code = codeIn(g.getCode().getCoding(), WireFormat.GROUP_SYSTEM);
      if (code == null) {
        problems.add(
            where + ": group[" + i + "] heeft geen code in " + WireFormat.GROUP_SYSTEM + ".");
      } else if (groups.contains(code)) {
        problems.add(where + ": group-code " + code + " komt twee keer voor.");
      } else {
        groups.add(code);
      }
      for (Measure.MeasureGroupStratifierComponent s : g.getStratifier()) {
        String sc = codeIn(s.getCode().getCoding(), WireFormat.STRATIFIER_SYSTEM);
        if (sc != null && !stratifiers.contains(sc)) {
          stratifiers.add(sc);
        }
      }
    }
    String notation = "none";
    if (m.hasImprovementNotation()) {
      String code = codeIn(m.getImprovementNotation().getCoding(), WireFormat.IMPROVEMENT_NOTATION);
      if ("increase".equals(code) || "decrease".equals(code)) {
        notation = code;
      } else {
        problems.add(
            where + ": improvementNotation moet increase of decrease zijn (of ontbreken).");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidMeasure(problems);
    }
    String title = m.hasTitle() ? m.getTitle() : m.getUrl();
    return new MeasureDefinition(m.getUrl(), m.getVersion(), title, notation, groups, stratifiers);
  }

  private static String codeIn(List<org.hl7.fhir.r4.model.Coding> codings, String system) {
    return codings.stream()
        .filter(c -> system.equals(c.getSystem()) && c.hasCode())
        .map(org.hl7.fhir.r4.model.Coding::getCode)
        .findFirst()
        .orElse(null);
  }
}
