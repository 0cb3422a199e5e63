package nl.spiegelbeeld.plugin.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spiegelbeeld.plugin.e2e.SandboxWorld.HisGp;
import nl.spiegelbeeld.plugin.e2e.SandboxWorld.HisPractice;
import nl.spiegelbeeld.plugin.testing.Browser;
import nl.spiegelbeeld.plugin.testing.Chromium;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #6's end-to-end proof in real headless Chromium: a GP opens Spiegelbeeld from the sandbox's
 * HIS page, the app pulls the practice from the sandbox, and the screens show the figures of the
 * {@code measure} command; detail, worklist, a review mark that survives a relaunch in a new
 * browser, the worklist's CSV and registration quality. Screenshots of each screen go to {@code
 * target/screenshots/e2e}; axe-core checks the main screens; every request the UI makes goes to the
 * app itself.
 */
class LaunchToScreensIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of("target", "screenshots", "e2e");

  /** The note typed in the review form, found again after the relaunch and in the CSV. */
  private static final String NOTE = "Besproken met de POH, controle over drie maanden";

  @TempDir static Path work;
  private static SandboxWorld world;
  private static List<HisPractice> practices;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    world = SandboxWorld.start(work);
    practices = SandboxWorld.practices(new Browser().get(world.urls.his()).body());
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (world != null) {
      world.close();
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @Test
  void a_gp_goes_from_the_his_through_every_screen_and_the_review_mark_survives_a_relaunch()
      throws Exception {
    // The practice with the most long-term bisphosphonate users in the demo wijkgroep.
    HisPractice practice =
        practices.stream()
            .filter(p -> p.name().contains("Vathorst"))
            .findFirst()
            .orElse(practices.get(0));
    SandboxWorld.Measured measured = world.measure(practice.agb());

    // 1. The HIS: choose the practice's GP and press the button.
    openBrowser();
    launchFromHis(practice.gps().get(0));
    assertThat(browser.getCurrentUrl()).startsWith(world.appRoot + "/app/");
    wait.until(ExpectedConditions.textToBe(By.id("practice-name"), practice.name()));

    // 2. The dashboard, after the pull: the figures equal the measure command's.
    JsonNode dashboard = api("/api/dashboard?peildatum=" + world.peildatum);
    Map<String, Integer> ost04 = measured.counts().get("OST-04");
    int den = ost04.get("denominator");
    int num = ost04.get("numerator");
    assertThat(den).as("patients with osteoporosis in the practice").isPositive();
    assertThat(card("OST-04").findElement(By.cssSelector(".headline")).getText())
        .startsWith((den - num) + " van uw " + den + " patiënten met osteoporose (");
    List<WebElement> cards = browser.findElements(By.cssSelector(".card"));
    assertThat(cards).hasSizeGreaterThan(5);
    for (WebElement card : cards) {
      String id = card.getAttribute("data-indicator");
      JsonNode want = apiCard(dashboard, id);
      Map<String, Integer> counts = measured.counts().get(id);
      assertThat(counts).as(id).isNotNull();
      for (Map.Entry<String, String> field :
          Map.of(
                  "numerator", "numerator",
                  "denominator", "denominator",
                  "measure-population", "measurePopulation")
              .entrySet()) {
        if (counts.containsKey(field.getKey())) {
          assertThat(want.path(field.getValue()).asInt())
              .as(id + " " + field.getKey())
              .isEqualTo(counts.get(field.getKey()));
        }
      }
      assertThat(card.findElement(By.cssSelector(".headline")).getText())
          .as(id)
          .isEqualTo(want.path("headline").path("nl").asText());
      assertThat(card.findElement(By.cssSelector(".figure")).getText())
          .as(id)
          .isEqualTo(want.path("rateText").path("nl").asText());
    }
    assertThat(browser.findElement(By.cssSelector(".population")).getText())
        .contains(": " + dutchCount(dashboard.path("population").asInt()) + " patiënten");
    Chromium.screenshot(browser, SCREENSHOTS.resolve("01-dashboard.png"));
    Chromium.assertAccessible(browser, "dashboard");

    // 3. An indicator's detail.
    String listId = worklistToReview(dashboard);
    card(listId).findElement(By.cssSelector("h3 a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stratifier canvas")));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(apiCard(dashboard, listId).path("title").path("nl").asText());
    assertThat(browser.findElement(By.cssSelector(".definition")).getText()).isNotBlank();
    Chromium.screenshot(browser, SCREENSHOTS.resolve("02-indicator-detail.png"));
    Chromium.assertAccessible(browser, "indicator detail");

    // 4. Its worklist: mark the first row reviewed.
    browser.get(world.appRoot + "/app/#/worklist/" + listId);
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.worklist tbody tr")));
    JsonNode list = api("/api/worklists/" + listId + "?peildatum=" + world.peildatum);
    int size = list.path("rows").size();
    assertThat(rows()).hasSize(size);
    JsonNode patient = list.path("rows").get(0);
    WebElement row = rowOf(patient.path("patientId").asText());
    assertThat(row.getText()).contains(patient.path("name").asText());
    assertThat(row.getAttribute("class")).as("not reviewed before").doesNotContain("is-reviewed");
    row.findElement(By.cssSelector(".review-button")).click();
    WebElement dialog = browser.findElement(By.cssSelector("dialog.review-dialog"));
    wait.until(ExpectedConditions.visibilityOf(dialog));
    new Select(dialog.findElement(By.id("review-outcome"))).selectByValue("afspraak-gepland");
    dialog.findElement(By.id("review-note")).sendKeys(NOTE);
    dialog.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(
        d ->
            rowOf(patient.path("patientId").asText())
                .getAttribute("class")
                .contains("is-reviewed"));
    Chromium.screenshot(browser, SCREENSHOTS.resolve("03-worklist.png"));
    Chromium.assertAccessible(browser, "worklist");
    assertOnlyOwnOrigin(browser, world.appRoot);
    closeBrowser();

    // 5. Relaunch in a new browser (fresh profile, no cookies): the mark is there.
    openBrowser();
    launchFromHis(practice.gps().get(0));
    wait.until(ExpectedConditions.textToBe(By.id("practice-name"), practice.name()));
    assertThat(card(listId).findElement(By.cssSelector(".worklist-link")).getText())
        .endsWith("1 van " + size + " beoordeeld");
    card(listId).findElement(By.cssSelector(".worklist-link a")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.worklist tbody tr")));
    assertThat(browser.findElement(By.cssSelector(".review-count")).getText())
        .isEqualTo("1 van " + size + " beoordeeld");
    WebElement marked = rowOf(patient.path("patientId").asText());
    assertThat(marked.getAttribute("class")).contains("is-reviewed");
    assertThat(marked.getText()).contains("Afspraak gepland").contains(NOTE);
    Chromium.screenshot(browser, SCREENSHOTS.resolve("04-worklist-after-relaunch.png"));

    // 6. The CSV export, fetched with this browser's session cookie.
    List<CSVRecord> csv = csv("/api/worklists/" + listId + "/csv?peildatum=" + world.peildatum);
    List<String> header = csv.get(0).toList();
    assertThat(header)
        .startsWith("Naam", "HIS-nummer", "Geboortedatum", "Leeftijd", "Geslacht")
        .endsWith("Toelichting", "Beoordeeld", "Uitkomst", "Notitie");
    assertThat(header).hasSize(5 + list.path("columns").size() + 4);
    assertThat(csv).hasSize(1 + size);
    List<CSVRecord> reviewed =
        csv.subList(1, csv.size()).stream()
            .filter(r -> r.get(header.size() - 3).startsWith("ja"))
            .toList();
    assertThat(reviewed).hasSize(1);
    CSVRecord mark = reviewed.get(0);
    assertThat(mark.get(0)).isEqualTo(patient.path("name").asText());
    assertThat(mark.get(1)).isEqualTo(patient.path("hisNumber").asText());
    assertThat(mark.get(2)).isEqualTo(patient.path("birthDate").asText());
    assertThat(mark.get(header.size() - 2)).isEqualTo("Afspraak gepland");
    assertThat(mark.get(header.size() - 1)).isEqualTo(NOTE);

    // 7. Registration quality.
    browser.findElement(By.cssSelector("[data-nav=quality]")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Registratiekwaliteit"));
    JsonNode quality = api("/api/registration-quality?peildatum=" + world.peildatum);
    assertThat(quality.toString()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("table.quality tbody tr")))
        .hasSize(qualityRows(quality));
    Chromium.screenshot(browser, SCREENSHOTS.resolve("05-registration-quality.png"));
    Chromium.assertAccessible(browser, "registration quality");
    assertOnlyOwnOrigin(browser, world.appRoot);
  }

  /** The HIS page in the browser: pick the GP's radio button and press "Spiegelbeeld openen". */
  private void launchFromHis(HisGp gp) {
    browser.get(world.urls.his());
    browser.findElement(By.id(gp.inputId())).click();
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    // The pull runs: the progress panel, then the cards.
    wait.until(
        d ->
            !d.findElements(By.cssSelector(".card")).isEmpty()
                || d.findElement(By.id("progress")).isDisplayed());
    if (browser.findElements(By.cssSelector(".card")).isEmpty()) {
      Chromium.screenshot(browser, SCREENSHOTS.resolve("00-progress.png"));
    }
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".card")));
  }

  /** The worklist to review: OST-07's when it has patients, otherwise the first with any. */
  private static String worklistToReview(JsonNode dashboard) {
    List<String> candidates = new ArrayList<>();
    for (JsonNode card : dashboard.path("modules").get(0).path("cards")) {
      if (card.path("worklist").path("size").asInt() > 0) {
        candidates.add(card.path("id").asText());
      }
    }
    assertThat(candidates).as("a worklist with patients").isNotEmpty();
    return candidates.contains("OST-07") ? "OST-07" : candidates.get(0);
  }

  private static JsonNode apiCard(JsonNode dashboard, String id) {
    for (JsonNode module : dashboard.path("modules")) {
      for (JsonNode card : module.path("cards")) {
        if (card.path("id").asText().equals(id)) {
          return card;
        }
      }
    }
    throw new AssertionError("no card " + id + " in the API's dashboard");
  }

  private static int qualityRows(JsonNode quality) {
    int n = 0;
    for (JsonNode item : quality.path("kinds")) {
      if (item.path("count").asInt() > 0) {
        n++;
      }
    }
    return n;
  }

  private static String dutchCount(int n) {
    return String.format(java.util.Locale.GERMANY, "%,d", n);
  }

  private WebElement card(String id) {
    return browser.findElement(By.cssSelector(".card[data-indicator='" + id + "']"));
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.worklist tbody tr"));
  }

  private WebElement rowOf(String patientId) {
    return browser.findElement(By.cssSelector("tr[data-patient='" + patientId + "']"));
  }

  /** The API as the browser's session sees it (its cookies, HttpOnly ones included). */
  private JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = fetch(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private List<CSVRecord> csv(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = fetch(path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains(".csv");
    String body = response.body();
    assertThat(body).as("byte-order mark for Dutch Excel").startsWith("\uFEFF");
    return CSVFormat.EXCEL
        .builder()
        .setDelimiter(';')
        .get()
        .parse(new StringReader(body.substring(1)))
        .getRecords();
  }

  private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
    String cookie =
        browser.manage().getCookies().stream()
            .map(Cookie::toString)
            .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(world.appRoot + path))
                .header("Cookie", cookie)
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void openBrowser() throws IOException {
    browser = Chromium.start("1280,900");
    // A pull of a few thousand patients on two shared cores: generous, never a timed assertion.
    wait = new WebDriverWait(browser, Duration.ofMinutes(2));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * Every resource the app's page loaded (scripts, styles, fetches, the event stream) came from the
   * app itself, and the browser reported no Content-Security-Policy violation.
   */
  private static void assertOnlyOwnOrigin(WebDriver browser, String appRoot) {
    Chromium.assertNoCspViolations(browser);
    assertThat(Chromium.origins(browser)).hasSizeGreaterThan(3).containsOnly(appRoot);
  }
}
