package nl.spiegelbeeld.plugin.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7's browser test, in headless Chromium: a member of the demo wijkgroep looks at the group
 * view (the other practice has not shared), the other practice shares from Delen, and its bar and
 * row appear in the first one's group view. The real benchmark runs as its own process; the app is
 * the test app with a fake session per practice (no SMART launch), as in ScreensUiIT.
 */
class ShareUiIT {

  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Clock CLOCK = Clock.system(ZONE);
  private static final LocalDate P = LocalDate.now(CLOCK);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String LINDE = "Huisartsenpraktijk De Linde";
  private static final String VATHORST = "Gezondheidscentrum Vathorst";

  @TempDir static Path work;

  private static BenchmarkProcess benchmark;
  private static ShareHarness harness;
  private static PracticeMeasurement linde;
  private static PracticeMeasurement vathorst;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    var key = BenchmarkKey.loadOrCreate(work.resolve("keys"));
    String jwks = work.resolve("keys").resolve(BenchmarkKey.PUBLIC_FILE).toString();
    benchmark = new BenchmarkProcess(work);
    benchmark.registerCatalogue(ShareHarness.CATALOGUE);
    benchmark.operator(
        "register-practice", "--agb", "01990001", "--name", LINDE, "--key-file", jwks);
    benchmark.operator(
        "register-practice", "--agb", "01990002", "--name", VATHORST, "--key-file", jwks);
    benchmark.operator(
        "register-group",
        "--name",
        "Wijkgroep Amersfoort-Noord",
        "--member",
        "01990001",
        "--member",
        "01990002",
        "--k",
        "5",
        "--compare-by-name");
    benchmark.serve();
    linde = GeneratedMeasurement.of(ShareHarness.CATALOGUE, LINDE, "01990001", 2500, 41, P);
    vathorst = GeneratedMeasurement.of(ShareHarness.CATALOGUE, VATHORST, "01990002", 2000, 42, P);
    harness =
        new ShareHarness(
            new SharingConfig(URI.create(benchmark.url()), benchmark.url(), Optional.empty()),
            key,
            CLOCK);
    harness.offer(linde);
    harness.offer(vathorst);
    browser = Chromium.start("1024,768");
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (browser != null) {
      browser.quit();
    }
    if (harness != null) {
      harness.close();
    }
    if (benchmark != null) {
      benchmark.close();
    }
  }

  @Test
  void a_practice_shares_and_its_bar_appears_in_the_group_view_of_another_member()
      throws IOException {
    // Vathorst shares first, so its own bar is there; De Linde has not shared yet.
    harness.signInAs(ShareHarness.session(vathorst));
    shareInBrowser();
    assertThat(rowText(VATHORST)).doesNotContain("niet gedeeld");
    assertThat(rowText(LINDE)).contains("niet gedeeld");

    harness.signInAs(ShareHarness.session(linde));
    shareInBrowser();

    harness.signInAs(ShareHarness.session(vathorst));
    openGroup();
    WebElement lindeRow = row(LINDE);
    assertThat(lindeRow.getText()).doesNotContain("niet gedeeld").contains("%");
    assertThat(lindeRow.getAttribute("class")).doesNotContain("own");
    assertThat(row(VATHORST).getAttribute("class")).contains("own");
    WebElement ost04 = indicator();
    assertThat(ost04.findElement(By.cssSelector(".headline")).getText()).startsWith("U ");
    String chartLabel =
        ost04.findElement(By.cssSelector(".chart-group")).getAttribute("aria-label");
    assertThat(chartLabel)
        .contains(LINDE)
        .contains(VATHORST + " (uw praktijk)")
        .contains("Beste 10%");
    assertThat(ost04.findElements(By.cssSelector(".chart-group canvas"))).isNotEmpty();
    Chromium.screenshot(browser, SCREENSHOTS.resolve("group.png"));
    assertThat(severeConsoleMessages()).isEmpty();
  }

  private static void shareInBrowser() {
    browser.get(harness.url("/app/index.html#/share"));
    browser.navigate().refresh();
    WebElement button;
    try {
      button = wait.until(ExpectedConditions.elementToBeClickable(By.id("share-confirm")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Delen did not render: "
              + browser.findElement(By.id("main")).getText()
              + " / console: "
              + severeConsoleMessages(),
          e);
    }
    assertThat(browser.findElement(By.cssSelector(".intro")).getText())
        .contains("Er wordt niets verstuurd voordat u op \"Delen\" drukt");
    assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("null");
    assertThat(browser.findElements(By.cssSelector(".share-indicator"))).hasSizeGreaterThan(5);
    button.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".share-accepted")));
    Chromium.screenshot(browser, SCREENSHOTS.resolve("share.png"));
    openGroup();
  }

  private static void openGroup() {
    browser.get(harness.url("/app/index.html#/group"));
    browser.navigate().refresh();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".group-indicator[data-indicator='OST-04'] tbody tr")));
  }

  private static WebElement indicator() {
    return browser.findElement(By.cssSelector(".group-indicator[data-indicator='OST-04']"));
  }

  private static WebElement row(String practice) {
    List<WebElement> rows = indicator().findElements(By.cssSelector("tbody tr"));
    return rows.stream()
        .filter(r -> r.findElement(By.cssSelector("th")).getText().startsWith(practice))
        .findFirst()
        .orElseThrow();
  }

  private static String rowText(String practice) {
    return row(practice).getText();
  }

  private static List<String> severeConsoleMessages() {
    return Chromium.severeMessages(browser).stream()
        // The test app serves no favicon; the real app's pages do not matter here either.
        .filter(m -> !m.contains("favicon.ico"))
        .toList();
  }
}
