package nl.spiegelbeeld.plugin.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewInputTest {

  @Test
  void a_known_outcome_and_a_short_note_are_accepted_with_the_note_trimmed() {
    ReviewInput input = ReviewInput.parse("p-1", "gestopt", "  Gestopt na overleg.\n ");

    assertThat(input.outcome()).isEqualTo(ReviewOutcome.GESTOPT);
    assertThat(input.note()).isEqualTo("Gestopt na overleg.");
  }

  @Test
  void a_missing_note_is_empty() {
    assertThat(ReviewInput.parse("p-1", "anders", null).note()).isEmpty();
  }

  @Test
  void a_note_of_exactly_the_limit_is_accepted_one_more_is_refused() {
    assertThat(ReviewInput.parse("p-1", "anders", "é".repeat(500)).note()).hasSize(500);
    assertThatThrownBy(() -> ReviewInput.parse("p-1", "anders", "é".repeat(501)))
        .isInstanceOf(ReviewInput.Invalid.class)
        .hasMessageContaining("langer dan 500 tekens");
  }

  @Test
  void every_problem_is_named_at_once() {
    assertThatThrownBy(() -> ReviewInput.parse("../x", "weg", "a\u0000b"))
        .isInstanceOf(ReviewInput.Invalid.class)
        .hasMessageContaining("de patiënt is onbekend")
        .hasMessageContaining("kies een uitkomst")
        .hasMessageContaining("tekens die niet zijn toegestaan");
  }
}
