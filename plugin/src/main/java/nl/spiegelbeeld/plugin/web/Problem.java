package nl.spiegelbeeld.plugin.web;

/**
 * A JSON problem answer (RFC 9457 fields {@code type, title, status, detail}). Title and detail are
 * Dutch and say what the user can do; they never contain a stack trace.
 *
 * @param type a URI naming the kind of problem; {@code about:blank} for plain HTTP statuses
 * @param title a short Dutch summary
 * @param status the HTTP status code
 * @param detail a Dutch explanation of this occurrence and what to do next
 */
public record Problem(String type, String title, int status, String detail) {

  /** A problem for a plain HTTP status that no feature describes more precisely. */
  public static Problem forStatus(int status) {
    return switch (status) {
      case 400 ->
          new Problem(
              "about:blank",
              "Ongeldig verzoek",
              400,
              "Spiegelbeeld begreep dit verzoek niet. Controleer het adres en probeer het opnieuw.");
      case 404 ->
          new Problem(
              "about:blank",
              "Niet gevonden",
              404,
              "Deze pagina bestaat niet. Open Spiegelbeeld vanuit uw HIS.");
      case 405 ->
          new Problem(
              "about:blank",
              "Methode niet toegestaan",
              405,
              "Dit adres ondersteunt deze methode niet.");
      default -> internalError(status);
    };
  }

  /** The answer to anything unexpected: the user learns it failed, the log gets the class. */
  public static Problem internalError(int status) {
    return new Problem(
        "about:blank",
        "Er ging iets mis",
        status,
        "Spiegelbeeld kon dit verzoek niet afhandelen. Probeer het later opnieuw; blijft het"
            + " misgaan, neem dan contact op met de beheerder van Spiegelbeeld.");
  }
}
