package nl.spiegelbeeld.plugin.launch;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.spiegelbeeld.plugin.web.Html;

/**
 * The Dutch page that confirms a launch arrived. The SMART authorization that should follow is not
 * built yet, and the page says so rather than pretending to continue.
 */
final class LaunchAcknowledgementPage {

  private static final DateTimeFormatter RECEIVED_AT =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

  private LaunchAcknowledgementPage() {}

  /**
   * Renders the page. The launch token is deliberately not shown: it is a one-time credential for
   * the authorization step, not something for the screen.
   */
  static String render(LaunchRequest request, ZonedDateTime receivedAt) {
    return String.format(
        Locale.ROOT,
        """
        <!doctype html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Startverzoek ontvangen – Spiegelbeeld</title>
          <link rel="stylesheet" href="/spiegelbeeld.css">
        </head>
        <body>
          <main>
            <h1>Startverzoek ontvangen</h1>
            <p>Spiegelbeeld heeft op %s een startverzoek van uw HIS ontvangen voor de FHIR-server
              <code>%s</code>.</p>
            <p>Het inloggen bij uw HIS (SMART on FHIR) is nog niet gebouwd. Spiegelbeeld haalt
              daarom nog geen gegevens op en toont nog geen cijfers.</p>
            <p>U kunt dit venster sluiten.</p>
          </main>
        </body>
        </html>
        """,
        Html.escape(RECEIVED_AT.format(receivedAt)),
        Html.escape(request.iss().toString()));
  }
}
