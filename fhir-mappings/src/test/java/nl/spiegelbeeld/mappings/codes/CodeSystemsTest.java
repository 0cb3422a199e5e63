package nl.spiegelbeeld.mappings.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeSystemsTest {

  @Test
  void oid_spellings_become_their_canonical_uri() {
    assertThat(CodeSystems.canonical("urn:oid:2.16.840.1.113883.2.4.4.31.1"))
        .isEqualTo(CodeSystems.ICPC_1_NL);
    assertThat(CodeSystems.canonical("urn:oid:2.16.840.1.113883.2.4.4.30.45"))
        .isEqualTo(CodeSystems.NHG_TABEL_45);
    assertThat(CodeSystems.canonical("urn:oid:2.16.840.1.113883.6.73")).isEqualTo(CodeSystems.ATC);
    assertThat(CodeSystems.canonical("urn:oid:2.16.840.1.113883.6.3.2"))
        .isEqualTo(CodeSystems.ICD_10_NL);
  }

  @Test
  void other_systems_and_g_standaard_oids_stay_as_they_are() {
    assertThat(CodeSystems.canonical(CodeSystems.LOINC)).isEqualTo(CodeSystems.LOINC);
    assertThat(CodeSystems.canonical(CodeSystems.G_STANDAARD_PRK))
        .isEqualTo(CodeSystems.G_STANDAARD_PRK);
    assertThat(CodeSystems.canonical(null)).isNull();
  }

  @Test
  void a_code_compares_on_the_canonical_system() {
    assertThat(new Code("urn:oid:2.16.840.1.113883.6.1", " 2000-8 "))
        .isEqualTo(new Code(CodeSystems.LOINC, "2000-8"));
  }
}
