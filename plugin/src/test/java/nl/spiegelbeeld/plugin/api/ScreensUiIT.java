package nl.spiegelbeeld.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spiegelbeeld.plugin.indicator.GeneratedMeasurement;
import nl.spiegelbeeld.plugin.indicator.engine.WorklistEntry;
import nl.spiegelbeeld.plugin.practice.PatientLabel;
import nl.spiegelbeeld.plugin.practice.PracticeMeasurement;
import nl.spiegelbeeld.plugin.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screens in real headless Chromium (Debian chromium + chromium-driver), one browser for the
 * class, against the test app with a generated practice. Screenshots go to {@code
 * target/screenshots}.
 */
class ScreensUiIT {

  /** The browser's today: the UI's default peildatum. */
  private static final LocalDate P = LocalDate.now();

  private static final LocalDate EARLIER = P.minusDays(7);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static PracticeMeasurement measurement;
  private static ScreensHarness harness;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    measurement =
        GeneratedMeasurement.of(
            ScreensHarness.CATALOGUE, "Huisartsenpraktijk De Linde", "01990042", 3000, 11, P);
    harness = new ScreensHarness(ScreensHarness.session(measurement), ScreensHarness.clockOn(P));
    harness.offer(measurement, true);
    harness.offer(
        GeneratedMeasurement.of(
            ScreensHarness.CATALOGUE, "Huisartsenpraktijk De Linde", "01990042", 800, 11, EARLIER),
        false);
    // A voormeting half a year ago, as the pull job records it after a complete pull.
    harness
        .history()
        .record(
            GeneratedMeasurement.of(
                ScreensHarness.CATALOGUE,
                "Huisartsenpraktijk De Linde",
                "01990042",
                800,
                11,
                P.minusMonths(6)));
    browser = Chromium.start("1024,768");
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    // Screens re-render rows in place: an element found a moment ago may be replaced.
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (harness != null) {
      harness.close();
    }
  }

  @BeforeEach
  void freshStart() {
    browser.get(harness.url("/app/index.html"));
    ((JavascriptExecutor) browser).executeScript("localStorage.clear(); sessionStorage.clear();");
    browser.get(harness.url("/app/index.html#/"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
  }

  @Test
  void dashboard_shows_each_osteoporosis_indicator_with_the_engines_headline_and_a_chart() {
    List<WebElement> cards = browser.findElements(By.cssSelector(".card"));

    assertThat(cards).hasSize(10);
    WebElement ost04 = card("OST-04");
    int den = measurement.evaluation().indicator("OST-04").main().counts().denominator();
    int num = measurement.evaluation().indicator("OST-04").main().counts().numerator();
    assertThat(ost04.findElement(By.cssSelector(".headline")).getText())
        .startsWith((den - num) + " van uw " + den + " patiënten met osteoporose (")
        .endsWith("gebruiken geen fractuurpreventie");
    assertThat(ost04.findElement(By.cssSelector(".worklist-link")).getText())
        .isEqualTo("Werklijst: 0 van " + (den - num) + " beoordeeld");
    assertThat(card("OST-01").findElements(By.cssSelector(".badge-concept"))).hasSize(1);
    assertThat(card("OST-07").findElements(By.cssSelector(".badge-concept"))).isEmpty();
    assertThat(ost04.findElements(By.cssSelector(".chart canvas"))).as("ECharts drew").isNotEmpty();
    String earlier =
        P.minusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    assertThat(ost04.findElement(By.cssSelector(".chart")).getAttribute("aria-label"))
        .as("the voormeting beside the current figure")
        .contains(earlier)
        .contains("(nu)");
    assertThat(browser.findElement(By.cssSelector(".group-comparison")).getText())
        .contains("wijkgroep");
    Chromium.screenshot(browser, SCREENSHOTS.resolve("dashboard.png"));
    Chromium.assertAccessible(browser, "dashboard");

    card("OST-07").findElement(By.cssSelector("h3 a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stratifier canvas")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .startsWith("Duur bisfosfonaatgebruik");
    assertThat(browser.findElement(By.cssSelector(".definition")).getText())
        .contains("bisfosfonaat");
    Chromium.screenshot(browser, SCREENSHOTS.resolve("indicator-detail.png"));
    Chromium.assertAccessible(browser, "indicator detail");

    browser.findElement(By.cssSelector("[data-nav=quality]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Registratiekwaliteit"));
    // One row per kind of problem the engine counted (kinds with a count of zero are left out).
    assertThat(browser.findElements(By.cssSelector("table.quality tbody tr")))
        .hasSize(
            (int)
                measurement.evaluation().registrationProblems().values().stream()
                    .filter(n -> n > 0)
                    .count());
    Chromium.screenshot(browser, SCREENSHOTS.resolve("registration-quality.png"));
    Chromium.assertAccessible(browser, "registration quality");

    Chromium.assertNoCspViolations(browser);
    List<String> origins = Chromium.origins(browser);
    assertThat(origins).as("every resource from the app itself").containsOnly(origins.get(0));
  }

  @Test
  void the_language_switch_turns_the_screens_into_english_and_back() {
    browser.findElement(By.id("language")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-nav=dashboard]"), "Overview"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));

    assertThat(card("OST-04").findElement(By.cssSelector(".headline")).getText())
        .contains("of your")
        .endsWith("use no fracture prevention");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

    browser.findElement(By.id("language")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-nav=dashboard]"), "Overzicht"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
  }

  @Test
  void keyboard_focus_is_visible() {
    for (int i = 0; i < 2; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    WebElement focused = browser.switchTo().activeElement();

    assertThat(focused.getTagName()).isIn("a", "button", "input");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
    Chromium.screenshot(browser, SCREENSHOTS.resolve("keyboard-focus.png"));
  }

  @Test
  void a_worklist_can_be_filtered_and_a_row_marked_reviewed_and_the_mark_survives_a_reload() {
    List<WorklistEntry> entries = measurement.evaluation().indicator("OST-07").worklist().entries();
    PatientLabel label = measurement.data().labels().get(entries.get(0).patientId());
    browser.get(harness.url("/app/index.html#/worklist/OST-07"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.worklist tbody tr")));
    assertThat(rows()).hasSize(entries.size());

    browser.findElement(By.id("worklist-filter")).sendKeys(label.hisNumber());
    wait.until(d -> rows().size() == 1);
    WebElement row = rows().get(0);
    assertThat(row.getText()).contains(label.name());

    row.findElement(By.cssSelector(".review-button")).click();
    WebElement dialog = browser.findElement(By.cssSelector("dialog.review-dialog"));
    wait.until(ExpectedConditions.visibilityOf(dialog));
    new Select(dialog.findElement(By.id("review-outcome"))).selectByValue("afspraak-gepland");
    dialog.findElement(By.id("review-note")).sendKeys("Afspraak bij de POH op dinsdag");
    dialog.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(d -> rows().get(0).getAttribute("class").contains("is-reviewed"));
    Chromium.screenshot(browser, SCREENSHOTS.resolve("worklist.png"));
    Chromium.assertAccessible(browser, "worklist");

    browser.navigate().refresh();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.worklist tbody tr")));
    assertThat(browser.findElement(By.cssSelector(".review-count")).getText())
        .isEqualTo("1 van " + entries.size() + " beoordeeld");
    WebElement marked =
        browser.findElement(
            By.cssSelector("tr[data-patient='" + entries.get(0).patientId() + "']"));
    assertThat(marked.getText())
        .contains("Afspraak gepland")
        .contains("Afspraak bij de POH op dinsdag");
    assertThat(harness.reviews().forWorklist("01990042", "OST-07")).hasSize(1);

    // The print view: the list only, without header, controls or review buttons.
    ((ChromeDriver) browser)
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.findElement(By.cssSelector(".app-header")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.cssSelector(".toolbar")).isDisplayed()).isFalse();
      assertThat(marked.findElement(By.cssSelector(".review-button")).isDisplayed()).isFalse();
      assertThat(marked.isDisplayed()).isTrue();
      Chromium.screenshot(browser, SCREENSHOTS.resolve("worklist-print.png"));
    } finally {
      ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void the_progress_bar_follows_the_pulls_events_until_the_dashboard_appears() {
    WebElement date = browser.findElement(By.id("peildatum"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change'));",
            date,
            EARLIER.toString());
    wait.until(d -> harness.pull().listeners(EARLIER) > 0);
    WebElement bar = browser.findElement(By.cssSelector("#progress progress"));
    assertThat(bar.getAttribute("value")).isEqualTo("0");

    harness.pull().progress(EARLIER, "Patient", 2, 800, true);
    harness.pull().progress(EARLIER, "Condition", 1, 120, false);
    wait.until(d -> "20".equals(bar.getAttribute("value")));
    assertThat(browser.findElement(By.id("progress")).getText())
        .contains("Patient: klaar, 800 opgehaald")
        .contains("Condition: 120 opgehaald");
    Chromium.screenshot(browser, SCREENSHOTS.resolve("progress.png"));

    harness.pull().complete(EARLIER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
    assertThat(browser.findElement(By.id("progress")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.cssSelector(".card .meta")).getText())
        .contains(
            EARLIER.getDayOfMonth() < 10
                ? "0" + EARLIER.getDayOfMonth()
                : "" + EARLIER.getDayOfMonth());
  }

  @Test
  void a_failed_pull_shows_a_dutch_error_with_what_is_missing_and_ververs_pulls_again() {
    LocalDate failing = P.minusDays(14);
    setPeildatum(failing);
    wait.until(d -> harness.pull().listeners(failing) > 0);

    harness
        .pull()
        .fail(
            failing,
            "{\"title\":\"Ophalen onvolledig\",\"detail\":\"Het HIS gaf geen antwoord op"
                + " Observation. Probeer het later opnieuw.\",\"missing\":[\"Observation\"]}");
    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.error")));
    assertThat(error.getText())
        .contains("Ophalen onvolledig")
        .contains("Probeer het later opnieuw")
        .contains("Niet (volledig) opgehaald: Observation");
    assertThat(browser.findElements(By.cssSelector(".card"))).as("nothing partial shown").isEmpty();
    Chromium.screenshot(browser, SCREENSHOTS.resolve("pull-failed.png"));

    int starts = harness.pull().starts();
    harness.pull().autoComplete(true);
    try {
      harness.offer(measurement, true);
      setPeildatum(P);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
      browser.findElement(By.id("refresh")).click();
      wait.until(d -> harness.pull().starts() > starts);
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
    } finally {
      harness.pull().autoComplete(false);
    }
  }

  private static void setPeildatum(LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change'));",
            browser.findElement(By.id("peildatum")),
            date.toString());
  }

  private static WebElement card(String id) {
    return browser.findElement(By.cssSelector(".card[data-indicator='" + id + "']"));
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.worklist tbody tr"));
  }
}
