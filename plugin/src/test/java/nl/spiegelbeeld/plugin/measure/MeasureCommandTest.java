package nl.spiegelbeeld.plugin.measure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.plugin.SpiegelbeeldCommand;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The measure command's exit codes, and that a failed run writes nothing. */
class MeasureCommandTest {

  @TempDir Path temp;
  private WireMockServer server;
  private final StringWriter output = new StringWriter();

  @BeforeEach
  void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private int measure(String fhir, Path out, String... extra) {
    CommandLine cli = new CommandLine(new SpiegelbeeldCommand(Map.of()));
    PrintWriter writer = new PrintWriter(output, true);
    cli.setOut(writer);
    cli.setErr(writer);
    String[] base = {
      "measure",
      "--fhir",
      fhir,
      "--peildatum",
      "2026-11-23",
      "--module",
      "osteoporose",
      "--out",
      out.toString(),
      "--retries",
      "1"
    };
    return cli.execute(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  @Test
  void an_endpoint_with_several_practices_and_no_agb_code_exits_2() {
    server.stubFor(
        get(urlPathEqualTo("/fhir/metadata"))
            .willReturn(
                aResponse()
                    .withBody(nl.spiegelbeeld.plugin.pull.PullTestAccess.capabilityStatement())));
    Bundle two = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    for (String agb : new String[] {"01000001", "01000002"}) {
      Organization o = new Organization();
      o.setId("o" + agb);
      o.addIdentifier().setSystem(CodeSystems.AGB_Z).setValue(agb);
      two.addEntry().setResource(o);
    }
    server.stubFor(
        get(urlPathEqualTo("/fhir/Organization"))
            .willReturn(
                aResponse()
                    .withBody(
                        FhirContext.forR4Cached().newJsonParser().encodeResourceToString(two))));
    Path out = temp.resolve("out");
    assertThat(measure(server.baseUrl() + "/fhir", out)).isEqualTo(2);
    assertThat(output.toString()).contains("2 praktijken").contains("--practice-agb");
    assertThat(out).doesNotExist();
  }

  @Test
  void an_unreachable_endpoint_exits_3_and_writes_nothing() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path out = temp.resolve("out");
    assertThat(measure("http://127.0.0.1:" + closed + "/fhir", out)).isEqualTo(3);
    assertThat(output.toString()).contains("niet bereikbaar").contains("niets geschreven");
    assertThat(out).doesNotExist();
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void a_bearer_token_and_a_client_id_together_are_bad_arguments() {
    Path out = temp.resolve("out");
    int exit =
        measure(
            "http://127.0.0.1:1/fhir",
            out,
            "--bearer-token",
            "t",
            "--client-id",
            "c",
            "--private-key",
            "k.pem");
    assertThat(exit).isEqualTo(2);
    assertThat(output.toString()).contains("niet beide");
  }

  @Test
  void an_unknown_module_is_a_bad_argument() {
    Path out = temp.resolve("out");
    CommandLine cli = new CommandLine(new SpiegelbeeldCommand(Map.of()));
    cli.setErr(new PrintWriter(output, true));
    int exit =
        cli.execute(
            "measure",
            "--fhir",
            "http://127.0.0.1:1/fhir",
            "--peildatum",
            "2026-11-23",
            "--module",
            "diabetes",
            "--out",
            out.toString());
    assertThat(exit).isEqualTo(2);
    assertThat(output.toString()).contains("diabetes").contains("osteoporose");
  }
}
