package nl.spiegelbeeld.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SpiegelbeeldCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void help_lists_serve() {
    int exitCode = run(Map.of(), "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("serve").contains("--port");
  }

  @Test
  void an_invalid_port_in_the_environment_stops_the_default_command_with_a_named_message() {
    int exitCode = run(Map.of("SPIEGELBEELD_PORT", "acht"));

    assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains("Spiegelbeeld start niet")
        .contains("SPIEGELBEELD_PORT (--port) moet een getal");
  }

  @Test
  void an_invalid_flag_value_stops_serve_with_a_named_message() {
    int exitCode = run(Map.of(), "serve", "--secure-cookies", "misschien");

    assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("SPIEGELBEELD_SECURE_COOKIES (--secure-cookies)");
  }

  private int run(Map<String, String> environment, String... args) {
    return new CommandLine(new SpiegelbeeldCommand(environment))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
