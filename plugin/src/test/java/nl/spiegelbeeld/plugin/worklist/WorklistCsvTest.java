package nl.spiegelbeeld.plugin.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spiegelbeeld.plugin.api.Texts;
import org.junit.jupiter.api.Test;

class WorklistCsvTest {

  private static WorklistView view(ReviewView review) {
    WorklistRow row =
        new WorklistRow(
            "p-1",
            "A. de Vries",
            "1001",
            "12-03-1950",
            76,
            new Texts("vrouw", "female"),
            List.of("alendroninezuur sinds 12-03-2018", "7,7"),
            "alendroninezuur sinds 12-03-2018, 7,7 jaar cumulatief",
            review);
    return new WorklistView(
        "OST-07",
        "Bisfosfonaat > 5 jaar: herbeoordelen",
        new Texts("Duur", "Duration"),
        "2026-11-23",
        List.of("middel sinds", "jaar cumulatief"),
        List.of(row),
        review == null ? 0 : 1,
        List.of(),
        500);
  }

  @Test
  void semicolon_separated_with_a_byte_order_mark_for_dutch_excel() {
    String csv = WorklistCsv.of(view(null));

    assertThat(csv)
        .startsWith(
            "\uFEFFNaam;HIS-nummer;Geboortedatum;Leeftijd;Geslacht;middel sinds;jaar cumulatief;"
                + "Toelichting;Beoordeeld;Uitkomst;Notitie\r\n")
        .contains(
            "A. de Vries;1001;12-03-1950;76;vrouw;alendroninezuur sinds 12-03-2018;7,7;"
                + "alendroninezuur sinds 12-03-2018, 7,7 jaar cumulatief;nee;;\r\n");
  }

  @Test
  void a_note_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
    ReviewView review =
        new ReviewView(
            "anders", new Texts("Anders", "Other"), "=HYPERLINK(\"x\")", "M. Jansen", "23-11-2026");

    assertThat(WorklistCsv.of(view(review)))
        .contains("ja, 23-11-2026;Anders;\"'=HYPERLINK(\"\"x\"\")\"");
  }
}
