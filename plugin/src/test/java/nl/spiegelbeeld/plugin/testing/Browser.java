package nl.spiegelbeeld.plugin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests: keeps cookies by name (one site), never follows redirects, so each
 * step of a launch can be checked. Cookie attributes are left to the tests that check them.
 */
public final class Browser {

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public HttpResponse<String> get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
  }

  public HttpResponse<String> post(String url, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()), headers);
  }

  public HttpResponse<String> postForm(String url, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(request, headers);
  }

  public Map<String, String> cookies() {
    return cookies;
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    request.timeout(Duration.ofSeconds(20));
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        int end = setCookie.indexOf(';');
        String pair = end < 0 ? setCookie : setCookie.substring(0, end);
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The query parameters of a URL (e.g. a redirect's Location), decoded. */
  public static Map<String, String> query(String url) {
    String query = URI.create(url).getRawQuery();
    Map<String, String> params = new LinkedHashMap<>();
    if (query == null) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  public static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
