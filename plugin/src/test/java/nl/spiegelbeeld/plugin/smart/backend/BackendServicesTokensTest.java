package nl.spiegelbeeld.plugin.smart.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The system scopes asked for: SMART v2 names unless the server lists only v1 ones. */
class BackendServicesTokensTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void v2_scopes_are_asked_for_every_type_the_pull_reads() throws Exception {
    var scope = BackendServicesTokens.scope(JSON.readTree("[\"system/*.rs\", \"openid\"]"));
    assertThat(scope.toStringList())
        .hasSize(BackendServicesTokens.TYPES.size())
        .contains("system/Patient.rs", "system/MedicationRequest.rs", "system/Organization.rs");
  }

  @Test
  void v1_scopes_when_the_server_lists_only_read_scopes() throws Exception {
    var scope = BackendServicesTokens.scope(JSON.readTree("[\"system/*.read\"]"));
    assertThat(scope.toStringList()).contains("system/Observation.read");
  }

  @Test
  void v2_when_the_server_lists_no_scopes() throws Exception {
    var scope = BackendServicesTokens.scope(JSON.missingNode());
    assertThat(scope.toStringList()).contains("system/Condition.rs");
  }
}
