package nl.spiegelbeeld.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandIT {

  @Test
  void serve_stops_with_exit_code_1_and_a_dutch_message_when_the_database_is_unreachable() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(
                new BenchmarkCommand(Map.of("SPIEGELBEELD_BENCHMARK_JDBC_PASSWORD", "geheim")))
            .setErr(new PrintWriter(err));

    // Port 1 on the loopback address: nothing listens, the connection is refused at once.
    int exitCode =
        cli.execute(
            "serve", "--port", "0", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/benchmark");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "De benchmarkdienst start niet: PostgreSQL op jdbc:postgresql://127.0.0.1:1/benchmark"
                + " is niet bereikbaar (")
        .doesNotContain("geheim")
        .doesNotContain("\tat ");
  }
}
