package nl.spiegelbeeld.mappings.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodeListsTest {

  private static final CodeLists LISTS = CodeLists.shipped();

  @Test
  void every_shipped_list_has_a_version_a_status_and_a_source_per_code() {
    assertThat(LISTS.names()).hasSize(17);
    for (String name : LISTS.names()) {
      CodeList list = LISTS.get(name);
      assertThat(list.name()).isEqualTo(name);
      assertThat(list.version()).isNotBlank();
      assertThat(list.status()).isIn("final", "concept");
      assertThat(list.title()).isNotEqualTo(name);
      assertThat(list.entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }
  }

  @Test
  void every_csv_file_in_the_folder_is_in_the_index() throws IOException, URISyntaxException {
    Path folder =
        Path.of(CodeLists.class.getResource("/nl/spiegelbeeld/mappings/codelists/").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(f -> f.endsWith(".csv"))
                  .map(f -> f.substring(0, f.length() - 4)))
          .containsExactlyInAnyOrderElementsOf(LISTS.names());
    }
  }

  @Test
  void an_unknown_name_is_refused_with_the_known_names() {
    assertThatThrownBy(() -> LISTS.get("icpc-osteoporosis"))
        .isInstanceOf(UnknownCodeList.class)
        .hasMessageContaining("icpc-osteoporosis")
        .hasMessageContaining("icpc-osteoporose, icpc-osteopenie");
  }

  @Test
  void codes_match_exactly_so_l95_does_not_include_l95_01() {
    CodeList osteoporosis = LISTS.get("icpc-osteoporose");
    assertThat(osteoporosis.contains(CodeSystems.ICPC_1_NL, "L95")).isTrue();
    assertThat(osteoporosis.contains(CodeSystems.ICPC_1_NL, "L95.02")).isTrue();
    assertThat(osteoporosis.contains(CodeSystems.ICPC_1_NL, "L95.01")).isFalse();
    assertThat(LISTS.get("icpc-osteopenie").contains(CodeSystems.ICPC_1_NL, "L95")).isFalse();
    assertThat(osteoporosis.contains("http://example.org/other-system", "L95")).isFalse();
  }

  @Test
  void an_oid_spelling_of_a_system_matches_its_uri() {
    assertThat(
            LISTS
                .get("icpc-nierfunctiestoornis")
                .contains("urn:oid:2.16.840.1.113883.2.4.4.31.1", "U99.01"))
        .isTrue();
    assertThat(LISTS.get("lab-egfr").contains("urn:oid:2.16.840.1.113883.2.4.4.30.45", "3583"))
        .isTrue();
    assertThat(LISTS.get("lab-tsh").contains("urn:oid:2.16.840.1.113883.6.1", "3016-3")).isTrue();
  }

  @Test
  void systemic_glucocorticoids_leave_out_hydrocortisone_and_cortisone() {
    CodeList gc = LISTS.get(CodeListNames.ATC_SYSTEMIC_GLUCOCORTICOIDS);
    assertThat(gc.contains(CodeSystems.ATC, "H02AB06")).isTrue();
    assertThat(gc.contains(CodeSystems.ATC, "H02AB07")).isTrue();
    assertThat(gc.contains(CodeSystems.ATC, "H02AB09")).isFalse();
    assertThat(gc.contains(CodeSystems.ATC, "H02AB10")).isFalse();
    assertThat(gc.codes()).allSatisfy(c -> assertThat(c.code()).startsWith("H02AB"));
  }

  @Test
  void bisphosphonates_are_the_fracture_prevention_codes_under_m05ba_and_m05bb() {
    CodeList fp = LISTS.get(CodeListNames.ATC_FRACTURE_PREVENTION);
    CodeList bp = LISTS.get(CodeListNames.ATC_BISPHOSPHONATES);
    assertThat(bp.codes())
        .containsExactlyInAnyOrderElementsOf(
            fp.codes().stream()
                .filter(c -> c.code().startsWith("M05BA") || c.code().startsWith("M05BB"))
                .toList());
    assertThat(fp.contains(CodeSystems.ATC, "M05BX53")).isTrue();
    assertThat(fp.contains(CodeSystems.ATC, "M05BX05")).isFalse();
  }

  @Test
  void the_egfr_list_holds_the_ckd_epi_codes() {
    assertThat(LISTS.get("lab-egfr").codes()).containsAll(LISTS.get("lab-egfr-ckd-epi").codes());
    assertThat(LISTS.get("lab-egfr").codes()).hasSize(12);
  }

  @Test
  void a_list_without_a_version_line_is_refused() {
    String csv = "# status: final\nsystem,code,display,source\nhttp://loinc.org,1-8,x,LOINC\n";
    assertThatThrownBy(() -> CodeLists.read("test", new StringReader(csv)))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("version");
  }

  @Test
  void a_code_listed_twice_is_refused_whatever_the_system_spelling() {
    String csv =
        """
        # version: 1
        # status: final
        system,code,display,source
        http://loinc.org,1751-7,Albumin,LOINC
        urn:oid:2.16.840.1.113883.6.1,1751-7,Albumin,LOINC
        """;
    assertThatThrownBy(() -> CodeLists.read("test", new StringReader(csv)))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("twice");
  }

  @Test
  void a_row_without_source_is_refused_with_its_line() {
    String csv =
        """
        # version: 1
        # status: final
        system,code,display,source
        http://loinc.org,1751-7,Albumin,
        """;
    assertThatThrownBy(() -> CodeLists.read("test", new StringReader(csv)))
        .isInstanceOf(InvalidCodeTable.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void a_metadata_header_gives_title_version_and_status() {
    String csv =
        """
        # title: Albumine
        # version: 2024-1
        # status: concept
        system,code,display,source
        http://loinc.org,1751-7,"Albumin, serum",LOINC
        """;
    CodeList list = CodeLists.read("lab-test", new StringReader(csv));
    assertThat(list.title()).isEqualTo("Albumine");
    assertThat(list.version()).isEqualTo("2024-1");
    assertThat(list.status()).isEqualTo("concept");
    assertThat(list.entries().get(0).display()).isEqualTo("Albumin, serum");
  }
}
