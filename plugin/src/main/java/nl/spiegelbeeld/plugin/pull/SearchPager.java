package nl.spiegelbeeld.plugin.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Follows one search through its pages. Next links are checked: a link to another server or outside
 * the FHIR base, a link seen before (a loop), a page that is not a searchset Bundle or does not
 * parse, each make the search incomplete ({@link PullIncomplete}) rather than silently short.
 */
final class SearchPager {

  private static final Pattern NEXT_LINK =
      Pattern.compile("\"relation\"\\s*:\\s*\"next\"\\s*,\\s*\"url\"\\s*:\\s*\"([^\"]+)\"");

  /** Receives each page as it arrives; runs on the searching thread. */
  @FunctionalInterface
  interface PageHandler {
    void page(Bundle bundle);
  }

  private final FhirHttp http;
  private final FhirContext fhir;
  private final URI base;
  private final Cancellation cancellation;
  private final PullListener listener;
  private final ExecutorService prefetch;

  /**
   * @param prefetch runs the fetch of the next page while this one is parsed, or {@code null} to
   *     fetch page by page; at most one request per search is in flight either way
   */
  SearchPager(
      FhirHttp http,
      FhirContext fhir,
      URI base,
      Cancellation cancellation,
      PullListener listener,
      ExecutorService prefetch) {
    this.prefetch = prefetch;
    this.http = http;
    this.fhir = fhir;
    this.base = withSlash(base);
    this.cancellation = cancellation;
    this.listener = listener;
  }

  /**
   * Fetches every page of {@code firstPage} (relative to the base).
   *
   * @param type the resource type the search is counted and reported under
   * @param what the Dutch name of what is fetched, for messages ("de problemen")
   */
  void run(String type, String what, String firstPage, PageHandler handler)
      throws InterruptedException {
    URI next = base.resolve(firstPage);
    Set<URI> seen = new HashSet<>();
    int pages = 0;
    long resources = 0;
    IParser parser = fhir.newJsonParser();
    URI aheadUri = null;
    Future<byte[]> ahead = null;
    try {
      while (next != null) {
        if (!seen.add(next)) {
          throw incomplete(
              type, what, pages, resources, "de vervolgpagina's lopen in een kring", null);
        }
        byte[] body;
        try {
          if (ahead != null && next.equals(aheadUri)) {
            body = awaited(ahead);
          } else {
            if (ahead != null) {
              ahead.cancel(true);
            }
            body = http.get(next, type, cancellation);
          }
        } catch (FetchFailed e) {
          throw incomplete(type, what, pages, resources, e.getMessage(), e);
        }
        ahead = null;
        aheadUri = prefetchable(body, seen);
        if (aheadUri != null) {
          URI uri = aheadUri;
          ahead = prefetch.submit(() -> http.get(uri, type, cancellation));
        }
        Bundle bundle;
        try {
          bundle = parser.parseResource(Bundle.class, new ByteArrayInputStream(body));
        } catch (DataFormatException | ClassCastException e) {
          throw incomplete(
              type, what, pages, resources, "een pagina was geen leesbare FHIR-bundel", e);
        }
        if (bundle.getType() != Bundle.BundleType.SEARCHSET) {
          throw incomplete(type, what, pages, resources, "een pagina was geen zoekresultaat", null);
        }
        pages++;
        resources += bundle.getEntry().size();
        http.stats().page(type, bundle.getEntry().size());
        handler.page(bundle);
        next = nextLink(bundle, type, what, pages, resources);
        listener.progress(type, pages, resources, next == null);
      }
    } finally {
      if (ahead != null) {
        ahead.cancel(true);
      }
    }
  }

  /**
   * The next page's URL as read from the first bytes of this page's JSON, if it is safe to fetch
   * while this page is parsed: inside the base and not seen before. Servers write {@code
   * Bundle.link} before the entries; whatever the parsed page then says decides (a guess that
   * differs is discarded), so the scan only saves time, never changes what is fetched.
   */
  private URI prefetchable(byte[] body, Set<URI> seen) {
    if (prefetch == null) {
      return null;
    }
    String head = new String(body, 0, Math.min(body.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = NEXT_LINK.matcher(head);
    if (!m.find() || m.group(1).indexOf('\\') >= 0) {
      return null;
    }
    try {
      URI uri = base.resolve(m.group(1));
      return insideBase(uri) && !seen.contains(uri) ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] awaited(Future<byte[]> ahead) throws FetchFailed, InterruptedException {
    try {
      return ahead.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FetchFailed f) {
        throw f;
      }
      if (e.getCause() instanceof InterruptedException i) {
        throw i;
      }
      throw new FetchFailed("het ophalen mislukte onverwacht", 0, e.getCause());
    }
  }

  private URI nextLink(Bundle bundle, String type, String what, int pages, long resources) {
    Bundle.BundleLinkComponent link = bundle.getLink(Bundle.LINK_NEXT);
    if (link == null || !link.hasUrl()) {
      return null;
    }
    URI uri;
    try {
      uri = base.resolve(link.getUrl());
    } catch (IllegalArgumentException e) {
      throw incomplete(type, what, pages, resources, "een vervolgpagina had een ongeldig adres", e);
    }
    if (!insideBase(uri)) {
      throw incomplete(
          type, what, pages, resources, "een vervolgpagina verwijst naar een andere server", null);
    }
    return uri;
  }

  /**
   * Same scheme, host and port, and a path under the base. HAPI pages as {@code
   * [base]?_getpages=…}: the base itself, without its slash, is inside.
   */
  private boolean insideBase(URI uri) {
    String basePath = base.getRawPath();
    String path = uri.getRawPath();
    return Objects.equals(uri.getScheme(), base.getScheme())
        && Objects.equals(uri.getHost(), base.getHost())
        && uri.getPort() == base.getPort()
        && path != null
        && (path.startsWith(basePath) || path.equals(basePath.substring(0, basePath.length() - 1)));
  }

  private PullIncomplete incomplete(
      String type, String what, int pages, long resources, String reason, Throwable cause) {
    if (cancellation.isCancelled()) {
      return new PullIncomplete(type, "Het ophalen is afgebroken.", cause);
    }
    return new PullIncomplete(
        type,
        "Niet alle "
            + what
            + " ("
            + type
            + ") konden worden opgehaald: "
            + reason
            + ". Opgehaald tot dan: "
            + pages
            + (pages == 1 ? " pagina, " : " pagina's, ")
            + resources
            + " gegevens. Probeer het later opnieuw; meldt de fout zich weer, neem dan contact op"
            + " met de beheerder van het HIS of van de FHIR-server.",
        cause);
  }

  static URI withSlash(URI base) {
    String s = base.toString();
    return s.endsWith("/") ? base : URI.create(s + "/");
  }
}
