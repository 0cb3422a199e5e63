package nl.spiegelbeeld.benchmark.operator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.spiegelbeeld.benchmark.practice.Practice;
import nl.spiegelbeeld.benchmark.practice.PracticeContext;
import nl.spiegelbeeld.benchmark.practice.PracticeStore;
import nl.spiegelbeeld.benchmark.storage.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code register-practice}: registers a practice (or updates it: name, key, context) by AGB code.
 */
@Command(
    name = "register-practice",
    mixinStandardHelpOptions = true,
    description =
        "Registreer een praktijk (of werk haar bij): AGB-code, naam, publieke sleutel of"
            + " JWKS-URL, en desgewenst praktijkgrootte en opbouw.")
public final class RegisterPracticeCommand extends OperatorCommand {

  @Option(
      names = "--agb",
      required = true,
      paramLabel = "AGB",
      description = "AGB-code (8 cijfers); ook de client id.")
  String agb;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAAM",
      description = "Naam van de praktijk.")
  String name;

  @ArgGroup(multiplicity = "1")
  KeySource key;

  /** Exactly one source of keys. */
  static final class KeySource {
    @Option(
        names = "--key-file",
        paramLabel = "BESTAND",
        description = "Publieke sleutel: JWK, JWK Set of PEM (RSA ≥ 2048 bits of EC P-384).")
    Path file;

    @Option(
        names = "--jwks-url",
        paramLabel = "URL",
        description = "Adres waar de praktijk haar publieke sleutels (JWKS) publiceert (https).")
    String url;
  }

  @Option(
      names = "--list-size",
      paramLabel = "AANTAL",
      description = "Aantal ingeschreven patiënten.")
  Integer listSize;

  @Option(
      names = "--sex",
      paramLabel = "CODE=AANTAL",
      description = "Aantal per geslacht: female, male, other, unknown (herhaal de optie).")
  Map<String, Integer> sex = Map.of();

  @Option(
      names = "--age",
      paramLabel = "CODE=AANTAL",
      description = "Aantal per leeftijdsgroep: lt65, 65-79, 80+, unknown (herhaal de optie).")
  Map<String, Integer> age = Map.of();

  @Override
  void run(Database db, PrintWriter out) {
    if (agb == null || !agb.matches("\\d{8}")) {
      throw new OperatorInputRefused("--agb moet een AGB-code van 8 cijfers zijn.");
    }
    if (name.isBlank()) {
      throw new OperatorInputRefused("--name mag niet leeg zijn.");
    }
    PracticeContext context = new PracticeContext(listSize, sex, age);
    Optional<String> jwks = Optional.empty();
    Optional<String> jwksUrl = Optional.empty();
    if (key.file != null) {
      jwks = Optional.of(PublicKeys.read(readFile(key.file)));
    } else {
      if (!key.url.startsWith("https://") && !key.url.startsWith("http://localhost")) {
        throw new OperatorInputRefused(
            "--jwks-url moet een https-adres zijn (http alleen voor localhost).");
      }
      jwksUrl = Optional.of(key.url);
    }
    Practice p =
        new PracticeStore(db, Clock.systemUTC())
            .register(agb, name.strip(), jwksUrl, jwks, context);
    out.println("Praktijk " + p.agb() + " (" + p.name() + ") geregistreerd.");
  }

  private static String readFile(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OperatorInputRefused("Het sleutelbestand " + file + " is niet te lezen.");
    }
  }
}
