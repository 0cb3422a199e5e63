package nl.spiegelbeeld.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.spiegelbeeld.benchmark.support.PracticeKey;
import nl.spiegelbeeld.benchmark.support.Reports;
import nl.spiegelbeeld.benchmark.support.TestService;
import nl.spiegelbeeld.benchmark.support.TestService.CommandResult;
import org.hl7.fhir.r4.model.Measure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's command line: register practices, groups and measures; list them. */
class OperatorCommandsIT {

  @TempDir static Path directory;

  private static TestService service;

  @BeforeAll
  static void start() {
    service = TestService.start(directory.resolve("pg"));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void a_practice_group_and_measures_are_registered_and_listed() throws Exception {
    PracticeKey a = PracticeKey.rsa("04000001");
    PracticeKey b = PracticeKey.ec("04000002");
    service.registerPractice(a, "De Linde", directory, "--list-size", "3200", "--age", "lt65=2500");
    service.registerPractice(b, "Noord", directory);
    Path measures = directory.resolve("m.json");
    Files.writeString(
        measures, Reports.bundle(Reports.measure(Reports.OST04, "increase", "OST-04")));

    CommandResult group =
        service.operator(
            "register-group",
            "--name",
            "Wijkgroep Oost",
            "--member",
            a.agb(),
            "--member",
            b.agb(),
            "--compare-by-name");
    CommandResult registered = service.operator("register-measures", measures.toString());
    CommandResult again = service.operator("register-measures", measures.toString());

    assertThat(group.out())
        .matches(
            "Groep \\d+ \\(Wijkgroep Oost\\) gemaakt met 2 leden, k = 5,"
                + " vergelijkt bij naam.\\R");
    assertThat(registered.out())
        .isEqualTo("https://spiegelbeeld.nl/fhir/Measure/OST-04|1.0.0: geregistreerd.\n");
    assertThat(again.out()).contains("was al geregistreerd");
    assertThat(service.operator("list", "practices").out())
        .contains("04000001  De Linde  sleutel: geregistreerd  grootte: 3200")
        .contains("04000002  Noord");
    assertThat(service.operator("list", "groups").out())
        .contains("Wijkgroep Oost  k = 5  bij naam  leden: 04000001, 04000002");
    assertThat(service.operator("list", "measures").out())
        .contains("OST-04|1.0.0  Indicator OST-04  groepen: OST-04  verbeterrichting: increase");
  }

  @Test
  void a_private_key_is_refused_and_nothing_is_registered() throws Exception {
    PracticeKey key = PracticeKey.rsa("04000003");
    Path file = directory.resolve("private.json");
    Files.writeString(file, key.privateJwk());

    CommandResult result =
        service.operator(
            "register-practice",
            "--agb",
            key.agb(),
            "--name",
            "Zuid",
            "--key-file",
            file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Het sleutelbestand bevat een privésleutel");
    assertThat(service.query("SELECT count(*) FROM practices WHERE agb_code = '04000003'"))
        .isEqualTo("0");
  }

  @Test
  void a_group_with_an_unregistered_member_is_refused() {
    CommandResult result =
        service.operator("register-group", "--name", "Leeg", "--member", "04999999");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("Onbekende praktijk(en) met AGB-code 04999999; registreer ze eerst");
  }

  @Test
  void a_changed_definition_under_the_same_version_is_refused() throws Exception {
    Path first = directory.resolve("ost06.json");
    Files.writeString(first, Reports.bundle(Reports.measure(Reports.OST06, "decrease", "OST-06")));
    service.registerMeasures(first);
    Measure changed = Reports.measure(Reports.OST06, "increase", "OST-06");
    Path second = directory.resolve("ost06-changed.json");
    Files.writeString(second, Reports.bundle(changed));

    CommandResult result = service.operator("register-measures", second.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains(
            "OST-06|1.0.0 is al geregistreerd met andere groepen, strata of"
                + " verbeterrichting; een gewijzigde definitie krijgt een nieuwe versie.");
  }

  @Test
  void a_practice_needs_exactly_one_key_source() {
    CommandResult result =
        service.operator("register-practice", "--agb", "04000009", "--name", "Zonder sleutel");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--key-file").contains("--jwks-url");
  }
}
