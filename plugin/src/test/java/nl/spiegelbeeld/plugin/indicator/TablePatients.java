package nl.spiegelbeeld.plugin.indicator;

import java.io.StringReader;
import java.util.Map;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.pull.FactsMapper;

/** Patients written as table-test JSON ({@link CaseResources}), mapped to engine input. */
public final class TablePatients {

  private static final FactsMapper MAPPER =
      new FactsMapper(
          CodeLists.shipped(), GStandaardAtcTable.read(new StringReader("system,code,atc\n")));

  private TablePatients() {}

  /** One patient from table-test JSON, with id {@code id}. */
  public static PatientInput patient(String id, String json) {
    return MAPPER.map(CaseResources.of(id, IndicatorTableTest.read(json)), Map.of());
  }
}
