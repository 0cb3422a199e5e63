package nl.spiegelbeeld.benchmark;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain GET requests to a running app, as a client would send them. */
final class Requests {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Requests() {}

  static HttpResponse<String> get(Javalin app, String path)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
