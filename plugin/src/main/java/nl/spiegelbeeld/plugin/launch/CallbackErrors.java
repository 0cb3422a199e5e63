package nl.spiegelbeeld.plugin.launch;

import com.nimbusds.oauth2.sdk.ErrorObject;
import java.util.List;
import nl.spiegelbeeld.plugin.smart.LoginFailed;

/** The Dutch explanations of a callback that cannot finish, each with what to do. */
final class CallbackErrors {

  private static final String RESTART = " Start Spiegelbeeld opnieuw vanuit uw HIS.";

  private CallbackErrors() {}

  /** An error the authorization server sent back instead of a code (RFC 6749 §4.1.2.1). */
  static LoginFailed fromServer(ErrorObject error) {
    String code = error.getCode();
    return switch (code) {
      case "access_denied" ->
          new LoginFailed(
              "access-denied",
              403,
              "Geen toestemming gegeven",
              "U heeft Spiegelbeeld geen toegang gegeven tot de gegevens van uw praktijk, of uw"
                  + " HIS staat dat voor uw account niet toe. Wilt u Spiegelbeeld toch gebruiken,"
                  + " open het dan opnieuw vanuit uw HIS en geef toestemming.");
      case "invalid_scope" ->
          new LoginFailed(
              "invalid-scope",
              403,
              "Uw HIS geeft niet de gevraagde toegang",
              "Uw HIS wil Spiegelbeeld niet de leesrechten geven die het nodig heeft. Vraag uw"
                  + " HIS-leverancier of de beheerder van Spiegelbeeld de registratie van de app"
                  + " na te kijken.");
      case "temporarily_unavailable", "server_error" ->
          new LoginFailed(
              "server-unavailable",
              502,
              "Uw HIS is even niet beschikbaar",
              "Het aanmelden bij uw HIS lukte nu niet ("
                  + code
                  + "). Probeer het over een paar"
                  + " minuten opnieuw vanuit uw HIS.");
      default ->
          new LoginFailed(
              "authorization-error",
              400,
              "Aanmelden bij uw HIS mislukt",
              "Uw HIS weigerde de aanmelding ("
                  + sanitize(code)
                  + ")."
                  + RESTART
                  + " Blijft het misgaan, neem dan contact op met de beheerder van Spiegelbeeld.");
    };
  }

  static LoginFailed stateRefused(boolean missing) {
    return new LoginFailed(
        missing ? "state-missing" : "state-mismatch",
        400,
        "Aanmelding niet herkend",
        "Spiegelbeeld herkent deze aanmelding niet: ze is verlopen (na 10 minuten), al gebruikt,"
            + " of in een andere browser gestart."
            + RESTART);
  }

  static LoginFailed missingCode() {
    return new LoginFailed(
        "code-missing",
        400,
        "Aanmelding onvolledig",
        "Uw HIS stuurde u terug zonder aanmeldcode." + RESTART);
  }

  static LoginFailed wrongIssuer() {
    return new LoginFailed(
        "issuer-mismatch",
        400,
        "Aanmelding van een ander HIS",
        "Het antwoord op deze aanmelding kwam van een andere server dan waar u zich aanmeldde."
            + " Spiegelbeeld vertrouwt het daarom niet."
            + RESTART);
  }

  static LoginFailed ehrRemoved() {
    return new LoginFailed(
        "unknown-iss",
        403,
        "Onbekend HIS",
        "Spiegelbeeld is niet (meer) ingericht voor dit HIS. Neem contact op met de beheerder"
            + " van Spiegelbeeld.");
  }

  static LoginFailed scopesMissing(List<String> missing) {
    return new LoginFailed(
        "scopes-missing",
        403,
        "Onvoldoende toegang",
        "Uw HIS gaf Spiegelbeeld geen leesrecht op: "
            + String.join(", ", missing)
            + ". Zonder die gegevens kan Spiegelbeeld de indicatoren niet berekenen. Geef bij"
            + " het aanmelden toestemming voor alle gevraagde gegevens, of vraag uw"
            + " HIS-leverancier deze rechten voor Spiegelbeeld aan te zetten.");
  }

  static LoginFailed noPractice() {
    return new LoginFailed(
        "no-practice",
        403,
        "Uw praktijk is niet gevonden",
        "Spiegelbeeld kon bij uw account geen huisartsenpraktijk met een AGB-code vinden. In het"
            + " HIS moet u als zorgverlener aan een praktijk (organisatie) met een AGB-code"
            + " gekoppeld zijn. Vraag uw HIS-beheerder dit na te kijken en start Spiegelbeeld"
            + " daarna opnieuw vanuit uw HIS.");
  }

  static LoginFailed practiceLookupFailed() {
    return new LoginFailed(
        "practice-lookup-failed",
        502,
        "Uw praktijk kon niet worden opgezocht",
        "De FHIR-server van uw HIS antwoordde niet toen Spiegelbeeld uw praktijk opzocht."
            + " Probeer het over een paar minuten opnieuw vanuit uw HIS.");
  }

  /** Error codes are ASCII tokens (RFC 6749); anything else is not echoed. */
  private static String sanitize(String code) {
    return code != null && code.matches("[A-Za-z0-9_.-]{1,64}") ? code : "onbekende fout";
  }
}
