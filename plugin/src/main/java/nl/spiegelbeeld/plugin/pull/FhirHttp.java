package nl.spiegelbeeld.plugin.pull;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import java.util.zip.GZIPInputStream;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests to a FHIR endpoint as a careful client makes them: FHIR JSON, gzip, the bearer
 * token, transient faults (5xx, 429 with {@code Retry-After}, time-outs, dropped connections)
 * retried with backoff and jitter, and one token refresh after a 401. Logs status codes and error
 * classes only: never a URL (it may hold ids) or a body.
 */
public final class FhirHttp {

  private static final Logger LOG = LoggerFactory.getLogger(FhirHttp.class);

  private final HttpClient client;
  private final AccessTokens tokens;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final PullStats stats;

  public FhirHttp(
      HttpClient client, AccessTokens tokens, RetryPolicy retry, Sleeper sleeper, PullStats stats) {
    this.client = Objects.requireNonNull(client, "client");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.stats = Objects.requireNonNull(stats, "stats");
  }

  /** An HTTP/1.1 client (no h2c upgrade dance) with a connect time-out. */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public PullStats stats() {
    return stats;
  }

  /**
   * The body of a 200 answer, decompressed.
   *
   * @param statsType the resource type the request is counted under
   */
  public byte[] get(URI uri, String statsType, Cancellation cancellation)
      throws FetchFailed, InterruptedException {
    return send(token -> request(uri, token), Set.of(200), statsType, cancellation, true).body();
  }

  /** An answer the caller handles itself: its status, headers and decompressed body. */
  public record Answer(int status, HttpHeaders headers, byte[] body) {}

  /**
   * Sends a request built for the current token (none when {@code withToken} is false) with the
   * same retries and 401 refresh as {@link #get}, and returns the first answer whose status is
   * {@code accepted}; any other status that retrying cannot repair fails.
   */
  public Answer send(
      Function<Optional<String>, HttpRequest> build,
      Set<Integer> accepted,
      String statsType,
      Cancellation cancellation,
      boolean withToken)
      throws FetchFailed, InterruptedException {
    HttpResponse<byte[]> response =
        exchange(
            build,
            HttpResponse.BodyHandlers.ofByteArray(),
            accepted,
            statsType,
            cancellation,
            withToken,
            body -> body.length,
            body -> {},
            FhirHttp::undecodable);
    try {
      return new Answer(response.statusCode(), response.headers(), decoded(response));
    } catch (IOException e) {
      throw new FetchFailed("het antwoord kwam onvolledig binnen", response.statusCode(), e);
    }
  }

  /**
   * A 200 answer's body as a stream, decompressed, for files too large to hold (Bulk Data NDJSON).
   * The connection is retried like {@link #get} until the answer starts; a stream that breaks
   * afterwards throws {@link IOException} from its reads. The caller closes it.
   *
   * @param withToken false for files the server says need no token (they may be elsewhere)
   */
  public InputStream download(
      URI uri, String accept, String statsType, Cancellation cancellation, boolean withToken)
      throws FetchFailed, InterruptedException {
    HttpResponse<InputStream> response =
        exchange(
            token -> {
              HttpRequest.Builder b =
                  HttpRequest.newBuilder(uri)
                      .timeout(retry.requestTimeout())
                      .header("Accept", accept)
                      .header("Accept-Encoding", "gzip")
                      .GET();
              token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
              return b.build();
            },
            HttpResponse.BodyHandlers.ofInputStream(),
            Set.of(200),
            statsType,
            cancellation,
            withToken,
            body -> 0,
            FhirHttp::discard,
            r -> null);
    InputStream counted = new CountingStream(response.body(), n -> stats.bytes(statsType, n));
    try {
      return gzip(response) ? new GZIPInputStream(counted, 65536) : counted;
    } catch (IOException e) {
      discard(counted);
      throw new FetchFailed("het antwoord kwam onvolledig binnen", 200, e);
    }
  }

  private <T> HttpResponse<T> exchange(
      Function<Optional<String>, HttpRequest> build,
      HttpResponse.BodyHandler<T> handler,
      Set<Integer> accepted,
      String statsType,
      Cancellation cancellation,
      boolean withToken,
      ToLongFunction<T> size,
      Consumer<T> discard,
      Function<HttpResponse<T>, IOException> intact)
      throws FetchFailed, InterruptedException {
    boolean refreshed = false;
    int attempt = 0;
    while (true) {
      if (cancellation.isCancelled()) {
        throw new FetchFailed("het ophalen is afgebroken", 0, null);
      }
      attempt++;
      Optional<String> token = withToken ? tokens.current() : Optional.empty();
      HttpResponse<T> response;
      try {
        response = client.send(build.apply(token), handler);
      } catch (HttpTimeoutException e) {
        stats.request(statsType, 0);
        waitOrFail(attempt, null, "geen antwoord binnen " + seconds(retry.requestTimeout()), 0, e);
        continue;
      } catch (IOException e) {
        stats.request(statsType, 0);
        waitOrFail(attempt, null, "de verbinding met de server mislukte of werd verbroken", 0, e);
        continue;
      }
      stats.request(statsType, size.applyAsLong(response.body()));
      int status = response.statusCode();
      if (accepted.contains(status)) {
        IOException broken = intact.apply(response);
        if (broken != null) {
          // A truncated gzip stream is a dropped connection in disguise.
          waitOrFail(attempt, null, "het antwoord kwam onvolledig binnen", 0, broken);
          continue;
        }
        return response;
      }
      discard.accept(response.body());
      if (status == 401 && !refreshed && token.isPresent()) {
        refreshed = true;
        if (tokens.refreshAfterRejection(token.get())) {
          LOG.info("401 from FHIR server: token refreshed, retrying once");
          attempt--;
          continue;
        }
      }
      if (status == 401 || status == 403) {
        throw new FetchFailed(
            "de server weigerde de toegang ("
                + status
                + "): de autorisatie is verlopen of"
                + " onvoldoende",
            status,
            null);
      }
      if (status == 429 || status >= 500) {
        waitOrFail(attempt, retryAfter(response), "de server antwoordde " + status, status, null);
        continue;
      }
      throw new FetchFailed("de server antwoordde " + status, status, null);
    }
  }

  /** Why a body cannot be decompressed, or null when it can. */
  private static IOException undecodable(HttpResponse<byte[]> response) {
    try {
      decoded(response);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  private static void discard(InputStream body) {
    try (InputStream in = body) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // Only draining an answer that is not used.
    }
  }

  private HttpRequest request(URI uri, Optional<String> token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(retry.requestTimeout())
            .header("Accept", "application/fhir+json")
            .header("Accept-Encoding", "gzip")
            .GET();
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    return b.build();
  }

  private void waitOrFail(
      int attempt, Duration serverWait, String reason, int status, Throwable cause)
      throws FetchFailed, InterruptedException {
    if (attempt >= retry.attempts()) {
      throw new FetchFailed(
          reason + " (" + attempt + (attempt == 1 ? " poging)" : " pogingen)"), status, cause);
    }
    Duration wait = serverWait != null ? retry.retryAfter(serverWait) : retry.backoff(attempt);
    LOG.info(
        "transient fault ({}), retry {} of {} in {} ms",
        cause == null ? "HTTP " + status : cause.getClass().getSimpleName(),
        attempt,
        retry.attempts() - 1,
        wait.toMillis());
    sleeper.sleep(wait);
  }

  /** "1 seconde", "60 seconden": a time-out as the messages say it. */
  static String seconds(Duration timeout) {
    long s = Math.max(1, (timeout.toMillis() + 999) / 1000);
    return s + (s == 1 ? " seconde" : " seconden");
  }

  private static boolean gzip(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Content-Encoding")
        .map(v -> v.trim().equalsIgnoreCase("gzip"))
        .orElse(false);
  }

  private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
    if (!gzip(response)) {
      return response.body();
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      return in.readAllBytes();
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date; absent or unreadable: none. */
  static Duration retryAfter(HttpResponse<?> response) {
    return retryAfter(response.headers());
  }

  /** {@code Retry-After} as seconds or an HTTP date; absent or unreadable: none. */
  static Duration retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value.get())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  /** Counts the bytes read from the wire, for the pull's statistics. */
  private static final class CountingStream extends FilterInputStream {
    private final LongConsumer counted;

    CountingStream(InputStream in, LongConsumer counted) {
      super(in);
      this.counted = counted;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        counted.accept(n);
      }
      return n;
    }
  }
}
