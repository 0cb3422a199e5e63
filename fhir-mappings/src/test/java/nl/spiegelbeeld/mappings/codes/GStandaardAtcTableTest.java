package nl.spiegelbeeld.mappings.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import nl.spiegelbeeld.mappings.Fixtures;
import org.junit.jupiter.api.Test;

class GStandaardAtcTableTest {

  @Test
  void reads_system_code_atc_display_and_exclusion() {
    GStandaardAtcTable table =
        GStandaardAtcTable.read(Fixtures.reader("medication/g-standaard-atc.csv"));
    assertThat(table.size()).isEqualTo(4);
    assertThat(table.lookup(new Code(CodeSystems.G_STANDAARD_PRK, "900011")))
        .hasValueSatisfying(
            e -> {
              assertThat(e.atc()).isEqualTo("M05BA04");
              assertThat(e.exclusion()).isNull();
            });
    assertThat(table.lookup(new Code(CodeSystems.G_STANDAARD_PRK, "900099")))
        .hasValueSatisfying(e -> assertThat(e.exclusion()).isEqualTo("oncologie"));
    assertThat(table.lookup(new Code(CodeSystems.G_STANDAARD_GPK, "900011"))).isEmpty();
  }

  @Test
  void reads_the_table_the_generator_writes_without_an_exclude_column() {
    String csv =
        """
        system,code,atc,display
        urn:oid:2.16.840.1.113883.2.4.4.10,900016,M05BX04,DENOSUMAB INJVLST 60MG/ML
        """;
    GStandaardAtcTable table = GStandaardAtcTable.read(new StringReader(csv));
    assertThat(table.lookup(new Code(CodeSystems.G_STANDAARD_PRK, "900016")))
        .hasValueSatisfying(e -> assertThat(e.atc()).isEqualTo("M05BX04"));
  }

  @Test
  void refuses_a_row_without_atc_naming_its_line() {
    String csv = "system,code,atc\nurn:oid:2.16.840.1.113883.2.4.4.10,900011,\n";
    assertThatThrownBy(() -> GStandaardAtcTable.read(new StringReader(csv)))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void refuses_a_code_given_two_different_atc_codes() {
    String csv =
        """
        system,code,atc
        urn:oid:2.16.840.1.113883.2.4.4.10,900011,M05BA04
        urn:oid:2.16.840.1.113883.2.4.4.10,900011,M05BA07
        """;
    assertThatThrownBy(() -> GStandaardAtcTable.read(new StringReader(csv)))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("M05BA04 and M05BA07");
  }

  @Test
  void refuses_a_table_without_the_atc_column() {
    assertThatThrownBy(() -> GStandaardAtcTable.read(new StringReader("system,code,gpk\n")))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("'atc' missing");
  }
}
