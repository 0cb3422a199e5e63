package nl.spiegelbeeld.plugin.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EhrRegistrationsTest {

  @TempDir Path dir;

  @Test
  void a_file_with_a_public_and_a_confidential_client_is_read_with_keys_beside_it()
      throws Exception {
    JWK current = new ECKeyGenerator(Curve.P_384).keyID("2026-11").generate();
    JWK previous = new RSAKeyGenerator(2048).keyID("2026-05").generate();
    Files.writeString(
        dir.resolve("his-a.jwks.json"), new JWKSet(List.of(current, previous)).toString(false));
    Path file =
        write(
            """
            {"ehrs": [
              {"iss": "https://fhir.his-a.example/r4/", "clientId": "sb-a",
               "clientType": "confidential-asymmetric", "jwksFile": "his-a.jwks.json",
               "signingKeyId": "2026-11", "default": true},
              {"iss": "https://fhir.his-b.example", "clientId": "sb-b", "clientType": "public",
               "scopes": ["openid", "fhirUser", "user/*.rs"]}
            ]}
            """);

    EhrRegistrations ehrs = EhrRegistrations.read(file);

    EhrRegistration a = ehrs.find(URI.create("https://fhir.his-a.example/r4")).orElseThrow();
    assertThat(a.clientType()).isEqualTo(ClientType.CONFIDENTIAL_ASYMMETRIC);
    assertThat(a.keys().algorithm()).isEqualTo(JWSAlgorithm.ES384);
    assertThat(a.keys().signingKeyId()).isEqualTo("2026-11");
    assertThat(ehrs.find(URI.create("https://fhir.his-b.example/")).orElseThrow().scopes())
        .containsExactly("openid", "fhirUser", "user/*.rs");
    assertThat(ehrs.standaloneDefault()).contains(a);
    assertThat(ehrs.find(URI.create("https://fhir.his-c.example"))).isEmpty();
    JWKSet published = ehrs.publicJwks();
    assertThat(published.getKeys()).extracting(JWK::getKeyID).containsExactly("2026-11", "2026-05");
    assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
    assertThat(a.toString()).doesNotContain(current.toJSONString());
  }

  @Test
  void every_problem_is_named_in_dutch() throws Exception {
    JWK publicOnly = new RSAKeyGenerator(2048).keyID("k").generate().toPublicJWK();
    JWK shortRsa = new RSAKeyGenerator(1024, true).keyID("kort").generate();
    Files.writeString(dir.resolve("public.json"), new JWKSet(publicOnly).toString(false));
    Files.writeString(dir.resolve("short.json"), new JWKSet(shortRsa).toString(false));
    Path file =
        write(
            """
            {"ehrs": [
              {"iss": "https://a.example", "clientId": "a", "clientType": "confidential-asymmetric",
               "jwksFile": "public.json"},
              {"iss": "https://b.example", "clientId": "b", "clientType": "confidential-asymmetric",
               "jwksFile": "short.json"},
              {"iss": "https://c.example", "clientId": "c", "clientType": "confidential-asymmetric",
               "jwksFile": "ontbreekt.json"},
              {"iss": "https://d.example", "clientId": "d", "clientType": "symmetric"}
            ]}
            """);

    assertThatThrownBy(() -> EhrRegistrations.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EHD 1")
        .hasMessageContaining("mist het privédeel")
        .hasMessageContaining("EHD 2")
        .hasMessageContaining("korter dan 2048 bits")
        .hasMessageContaining("EHD 3")
        .hasMessageContaining("niet te lezen")
        .hasMessageContaining("EHD 4")
        .hasMessageContaining("'clientType' moet 'public' of 'confidential-asymmetric' zijn");
  }

  @Test
  void two_defaults_or_a_repeated_iss_are_refused() throws Exception {
    Path file =
        write(
            """
            {"ehrs": [
              {"iss": "https://a.example", "clientId": "a", "clientType": "public"},
              {"iss": "https://a.example/", "clientId": "b", "clientType": "public"}
            ]}
            """);

    assertThatThrownBy(() -> EhrRegistrations.read(file))
        .hasMessageContaining("elke iss mag één keer voorkomen");
  }

  @Test
  void the_demo_is_the_local_sandbox_with_the_public_client_it_registers() {
    EhrRegistration demo = EhrRegistrations.demo().standaloneDefault().orElseThrow();

    assertThat(demo.iss()).hasToString("http://localhost:8070/fhir");
    assertThat(demo.clientId()).isEqualTo("spiegelbeeld");
    assertThat(demo.clientType()).isEqualTo(ClientType.PUBLIC);
  }

  private Path write(String json) throws Exception {
    Path file = dir.resolve("ehrs.json");
    Files.writeString(file, json);
    return file;
  }
}
