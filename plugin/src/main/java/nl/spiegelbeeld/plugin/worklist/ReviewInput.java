package nl.spiegelbeeld.plugin.worklist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;

/**
 * A review mark as the browser sends it, checked before anything is stored: a known outcome, a note
 * of at most {@value #MAX_NOTE} characters without control characters, and a patient id that is a
 * FHIR id. Invalid input is refused whole, with every problem named in Dutch.
 */
public record ReviewInput(ReviewOutcome outcome, String note) {

  public static final int MAX_NOTE = 500;

  /** FHIR R4 id: 1–64 of {@code [A-Za-z0-9\-.]}. */
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

  /** Checks the raw fields; {@link Invalid} names every problem. */
  public static ReviewInput parse(String patientId, String outcome, String note) {
    List<String> problems = new ArrayList<>();
    if (patientId == null || !FHIR_ID.matcher(patientId).matches()) {
      problems.add("de patiënt is onbekend");
    }
    ReviewOutcome parsed = outcome == null ? null : ReviewOutcome.fromCode(outcome).orElse(null);
    if (parsed == null) {
      problems.add("kies een uitkomst");
    }
    String cleaned = note == null ? "" : note.strip();
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_NOTE) {
      problems.add("de notitie is langer dan " + MAX_NOTE + " tekens");
    }
    if (CONTROL.matcher(cleaned).find()) {
      problems.add("de notitie bevat tekens die niet zijn toegestaan");
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new ReviewInput(parsed, cleaned);
  }

  /** The mark was not stored; the user keeps what they typed and reads what to change. */
  public static final class Invalid extends ProblemException {
    private static final long serialVersionUID = 1L;

    Invalid(List<String> problems) {
      super(
          new Problem(
              "urn:spiegelbeeld:problem:invalid-review",
              "Beoordeling niet opgeslagen",
              400,
              "Pas dit aan en sla opnieuw op: " + String.join("; ", problems) + "."));
    }
  }
}
