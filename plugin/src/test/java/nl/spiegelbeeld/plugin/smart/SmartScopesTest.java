package nl.spiegelbeeld.plugin.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmartScopesTest {

  private static SmartConfiguration server(
      List<String> scopesSupported, List<String> capabilities) {
    return new SmartConfiguration(
        URI.create("https://his.example.nl/authorize"),
        URI.create("https://his.example.nl/token"),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(scopesSupported),
        capabilities,
        Optional.empty());
  }

  @Test
  void by_default_v2_read_and_search_scopes_are_asked_with_identity_and_online_access() {
    List<String> scopes = SmartScopes.toRequest(server(null, List.of()), List.of(), true);

    assertThat(scopes)
        .startsWith("launch", "openid", "fhirUser", "online_access", "user/Patient.rs")
        .hasSize(13)
        .allMatch(s -> !s.startsWith("user/") || s.endsWith(".rs"));
  }

  @Test
  void a_standalone_launch_does_not_ask_for_launch() {
    assertThat(SmartScopes.toRequest(server(null, List.of()), List.of(), false))
        .doesNotContain("launch");
  }

  @Test
  void v1_names_are_used_when_scopes_supported_lists_only_v1_resource_scopes() {
    SmartConfiguration v1 = server(List.of("openid", "user/*.read", "patient/*.read"), List.of());

    assertThat(SmartScopes.toRequest(v1, List.of(), true))
        .contains("user/Patient.read", "user/MedicationRequest.read")
        .noneMatch(s -> s.endsWith(".rs"));
  }

  @Test
  void v1_names_are_used_when_capabilities_say_permission_v1_only() {
    assertThat(SmartScopes.onlyV1(server(null, List.of("permission-v1")))).isTrue();
    assertThat(SmartScopes.onlyV1(server(null, List.of("permission-v1", "permission-v2"))))
        .isFalse();
  }

  @Test
  void a_server_listing_both_forms_gets_v2_names() {
    assertThat(SmartScopes.onlyV1(server(List.of("user/*.read", "user/*.rs"), List.of())))
        .isFalse();
  }

  @Test
  void a_registration_override_is_sent_as_is_with_launch_added_for_an_ehr_launch() {
    assertThat(
            SmartScopes.toRequest(
                server(null, List.of()), List.of("openid", "fhirUser", "user/*.rs"), true))
        .containsExactly("launch", "openid", "fhirUser", "user/*.rs");
  }

  @Test
  void wildcards_and_v1_read_cover_every_needed_type() {
    assertThat(SmartScopes.missing(List.of("user/*.rs"))).isEmpty();
    assertThat(SmartScopes.missing(List.of("user/*.read"))).isEmpty();
    assertThat(SmartScopes.missing(List.of("user/*.cruds"))).isEmpty();
  }

  @Test
  void scopes_that_do_not_permit_search_or_are_narrowed_by_a_query_do_not_count() {
    List<String> missing =
        SmartScopes.missing(
            List.of(
                "user/*.rs",
                "user/Observation.rs?category=laboratory",
                "patient/*.rs",
                "user/Patient.r"));
    assertThat(missing).isEmpty();

    assertThat(SmartScopes.missing(List.of("user/Patient.r", "patient/Condition.rs")))
        .contains("patiënten", "episodes en problemen (Condition)");
    assertThat(
            SmartScopes.permitsReadAndSearch(
                "user/Observation.rs?category=laboratory", "Observation"))
        .isFalse();
    assertThat(SmartScopes.permitsReadAndSearch("user/Observation.write", "Observation")).isFalse();
  }

  @Test
  void each_missing_type_is_named_in_dutch() {
    assertThat(
            SmartScopes.missing(
                List.of(
                    "user/Patient.rs",
                    "user/Condition.rs",
                    "user/Observation.rs",
                    "user/EpisodeOfCare.rs",
                    "user/Practitioner.rs",
                    "user/PractitionerRole.rs",
                    "user/Organization.rs")))
        .containsExactly("voorschriften", "geneesmiddelen");
  }
}
