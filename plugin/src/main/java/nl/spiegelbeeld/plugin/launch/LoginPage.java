package nl.spiegelbeeld.plugin.launch;

import io.javalin.http.Context;
import nl.spiegelbeeld.plugin.smart.LoginFailed;
import nl.spiegelbeeld.plugin.web.Html;
import nl.spiegelbeeld.plugin.web.Problem;
import nl.spiegelbeeld.plugin.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Dutch page a GP sees when a launch or callback cannot continue: what went wrong and what to
 * do. Plain HTML with the app's stylesheet; no script.
 */
final class LoginPage {

  private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

  private LoginPage() {}

  static void send(ProblemException e, Context ctx) {
    if (e instanceof LoginFailed failed) {
      LOG.info("Login refused: {}", failed.reason());
    }
    Problem problem = e.problem();
    ctx.status(problem.status()).html(render(problem));
  }

  static String render(Problem problem) {
    return """
        <!doctype html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%s – Spiegelbeeld</title>
          <link rel="stylesheet" href="/spiegelbeeld.css">
        </head>
        <body>
          <main>
            <h1>%s</h1>
            <p>%s</p>
          </main>
        </body>
        </html>
        """
        .formatted(
            Html.escape(problem.title()),
            Html.escape(problem.title()),
            Html.escape(problem.detail()));
  }
}
