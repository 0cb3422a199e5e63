package nl.spiegelbeeld.plugin.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the plugin is configured with. Built once in {@code main} (see {@link
 * AppConfigReader}) and passed down by constructor; nothing else reads the environment.
 *
 * @param host the address the server binds to; 127.0.0.1 keeps a local demo off the network
 * @param port the TCP port; 0 picks a free one (tests)
 * @param frameAncestors the CSP {@code frame-ancestors} sources: {@code 'none'}, or {@code 'self'}
 *     and origins of an HIS that shows Spiegelbeeld in a frame
 * @param secureCookies on in production (served over https): cookies get {@code Secure} and
 *     responses carry Strict-Transport-Security; off for the local demo over plain http
 */
public record AppConfig(String host, int port, String frameAncestors, boolean secureCookies) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A frame ancestor source: 'self' or an http(s) origin, optionally with a leading wildcard. */
  private static final Pattern SOURCE =
      Pattern.compile("'self'|https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

  public AppConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(frameAncestors, "frameAncestors");
    // One space between sources: the value goes into a header, where a newline must never reach.
    frameAncestors = String.join(" ", SPACES.split(frameAncestors.strip()));
    List<String> problems = new ArrayList<>();
    if (host.isBlank()) {
      problems.add(Setting.HOST.label() + " mag niet leeg zijn.");
    }
    if (port < 0 || port > 65535) {
      problems.add(portProblem(String.valueOf(port)));
    }
    if (!validFrameAncestors(frameAncestors)) {
      problems.add(
          Setting.FRAME_ANCESTORS.label()
              + " moet 'none' zijn, of 'self' en/of http(s)-origins gescheiden door spaties"
              + " (bijvoorbeeld \"'self' https://his.example.nl\"); gekregen: '"
              + frameAncestors
              + "'.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfiguration(problems);
    }
  }

  /** The defaults: local only, port 8080, no framing, plain http. */
  public static AppConfig defaults() {
    return AppConfigReader.read(Map.of(), Map.of());
  }

  /** This config with another port; tests use port 0. */
  public AppConfig withPort(int newPort) {
    return new AppConfig(host, newPort, frameAncestors, secureCookies);
  }

  /** The address to open in a browser once the server listens on {@code actualPort}. */
  public URI browserUrl(int actualPort) {
    boolean local = host.equals("127.0.0.1") || host.equals("0.0.0.0") || host.equals("::");
    String shown = local ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + actualPort + "/");
  }

  static String portProblem(String given) {
    return Setting.PORT.label()
        + " moet een getal van 0 tot en met 65535 zijn; gekregen: '"
        + given
        + "'.";
  }

  private static boolean validFrameAncestors(String normalized) {
    if (normalized.equals("'none'")) {
      return true;
    }
    // 'none' cannot be combined with sources, and anything else could smuggle in CSP directives.
    return !normalized.isEmpty()
        && SPACES.splitAsStream(normalized).allMatch(source -> SOURCE.matcher(source).matches());
  }
}
