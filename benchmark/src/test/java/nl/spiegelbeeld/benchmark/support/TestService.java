package nl.spiegelbeeld.benchmark.support;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.benchmark.App;
import nl.spiegelbeeld.benchmark.AppDependencies;
import nl.spiegelbeeld.benchmark.BenchmarkCommand;
import nl.spiegelbeeld.benchmark.config.AppConfig;
import nl.spiegelbeeld.benchmark.config.DatabaseConfig;
import picocli.CommandLine;

/**
 * The benchmark service on port 0 with an embedded PostgreSQL in a temporary directory, started
 * once per test class; the operator commands run against the same database over JDBC, as an
 * operator with a database server would run them.
 */
public final class TestService implements AutoCloseable {

  public static final String AUDIENCE = "https://benchmark.test";
  public static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final Path dataDirectory;
  private final Javalin app;

  private TestService(Path dataDirectory) {
    this.dataDirectory = dataDirectory;
    AppConfig config =
        new AppConfig("127.0.0.1", 0, false, new DatabaseConfig.Embedded(dataDirectory), AUDIENCE);
    this.app =
        App.create(config, new AppDependencies(Clock.fixed(NOW, ZoneOffset.UTC), "test-version"))
            .start();
  }

  public static TestService start(Path dataDirectory) {
    return new TestService(dataDirectory);
  }

  /** What an operator command printed and returned. */
  public record CommandResult(int exitCode, String out, String err) {}

  public CommandResult operator(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new BenchmarkCommand(Map.of()))
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--jdbc-url");
    all.add(jdbcUrl());
    all.add("--jdbc-user");
    all.add("postgres");
    int exitCode = cli.execute(all.toArray(String[]::new));
    return new CommandResult(exitCode, out.toString(), err.toString());
  }

  /** Registers a practice with its public key; fails the test when refused. */
  public void registerPractice(PracticeKey key, String name, Path directory, String... context) {
    Path file = directory.resolve(key.agb() + ".jwks.json");
    try {
      Files.writeString(file, key.publicJwks());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args =
        new ArrayList<>(
            List.of(
                "register-practice",
                "--agb",
                key.agb(),
                "--name",
                name,
                "--key-file",
                file.toString()));
    args.addAll(List.of(context));
    requireOk(operator(args.toArray(String[]::new)));
  }

  /** Creates a group and returns its id (from the command's output). */
  public long registerGroup(String name, int k, boolean byName, String... agbs) {
    List<String> args =
        new ArrayList<>(List.of("register-group", "--name", name, "--k", String.valueOf(k)));
    if (byName) {
      args.add("--compare-by-name");
    }
    for (String agb : agbs) {
      args.add("--member");
      args.add(agb);
    }
    CommandResult result = requireOk(operator(args.toArray(String[]::new)));
    return Long.parseLong(result.out().split(" ")[1]);
  }

  public void registerMeasures(Path file) {
    requireOk(operator("register-measures", file.toString()));
  }

  public HttpResponse<String> post(String path, String body, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  public HttpResponse<String> get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** A single value from the database, as the operator would query it. */
  public String query(String sql) {
    try (Connection db = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Where the service listens, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + app.port();
  }

  private URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The embedded PostgreSQL's JDBC URL (user postgres, no password). */
  public String jdbcUrl() {
    try {
      List<String> pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
      return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CommandResult requireOk(CommandResult result) {
    if (result.exitCode() != 0) {
      throw new AssertionError("operator command failed: " + result.err() + result.out());
    }
    return result;
  }
}
