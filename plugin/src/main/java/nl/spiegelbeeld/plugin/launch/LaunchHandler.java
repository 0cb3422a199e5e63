package nl.spiegelbeeld.plugin.launch;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * {@code GET /launch?iss&launch}: the entry point the HIS opens. For now it validates the
 * parameters and acknowledges them; discovery and authorization follow in a later issue.
 */
public final class LaunchHandler implements Handler {

  private final Clock clock;

  /**
   * @param clock the clock whose time and zone the acknowledgement shows
   */
  public LaunchHandler(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) {
    LaunchRequest request =
        LaunchRequest.fromQuery(ctx.queryParam("iss"), ctx.queryParam("launch"));
    ctx.html(LaunchAcknowledgementPage.render(request, ZonedDateTime.now(clock)));
  }
}
