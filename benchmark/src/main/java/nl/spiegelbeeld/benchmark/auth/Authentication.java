package nl.spiegelbeeld.benchmark.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** A before-handler: every request on the protected paths carries a valid client assertion. */
public final class Authentication implements Handler {

  private final ClientAssertions assertions;

  public Authentication(ClientAssertions assertions) {
    this.assertions = assertions;
  }

  @Override
  public void handle(Context ctx) {
    Caller.set(ctx, new Caller(assertions.verify(ctx.header("Authorization"))));
  }
}
