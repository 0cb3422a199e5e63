package nl.spiegelbeeld.plugin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium for the browser tests (Debian chromium + chromium-driver, see
 * build-notes.md), and the checks every screen test makes: accessibility (axe-core), no
 * Content-Security-Policy violation, where the page's resources came from, screenshots.
 */
public final class Chromium {

  private static String axe;

  private Chromium() {}

  /**
   * A new browser with a fresh profile and the browser log kept.
   *
   * @param windowSize e.g. {@code 1024,768}, the smallest HIS window the app supports
   */
  public static WebDriver start(String windowSize) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // The flags Chromium needs here (build-notes.md): headless as root, fresh profile.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=" + windowSize,
        "--lang=nl-NL",
        "--user-data-dir=" + Files.createTempDirectory("spiegelbeeld-chromium"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /**
   * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and fails on any serious or
   * critical violation, naming the rule and the first elements.
   */
  public static void assertAccessible(WebDriver browser, String screen) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe() + ";window.axe = axe;");
    Object violations =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
    assertThat((List<?>) violations).as("accessibility of " + screen).isEmpty();
  }

  /** The browser reported no Content-Security-Policy violation. */
  public static void assertNoCspViolations(WebDriver browser) {
    assertThat(severeMessages(browser)).noneMatch(m -> m.contains("Content Security Policy"));
  }

  /** The browser log's errors (level SEVERE and above) since the last call. */
  public static List<String> severeMessages(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The page's own origin first, then the origin of every resource it loaded. */
  public static List<String> origins(WebDriver browser) {
    Object origins =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [location.origin].concat(performance.getEntriesByType('resource')"
                    + ".map(e => new URL(e.name).origin));");
    return ((List<?>) origins).stream().map(String::valueOf).toList();
  }

  public static void screenshot(WebDriver browser, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** axe-core's script, from Deque's axe-core Selenium jar (a test dependency). */
  private static synchronized String axe() {
    if (axe == null) {
      try (InputStream in = Chromium.class.getResourceAsStream("/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("/axe.min.js is not on the test classpath");
        }
        axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axe;
  }
}
