package org.db3311.sgc.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.WebTarget;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.TestAbortedException;

/**
 * Headless Chromium for the console's browser tests, as a JUnit 5 extension: a test opens it
 * ({@link #open} or {@link #scenario}) with a profile of its own; when the test fails, a screenshot
 * and the page's source are left in {@code target/console-screenshots/<test method>.{png,html}};
 * after each test the browser is quit and its profile removed. Without Chromium installed the test
 * is skipped, not failed. Register it once per class:
 *
 * <pre>
 * {@code @RegisterExtension static final ConsoleBrowser chromium = ConsoleBrowser.at(1366, 768);}
 * </pre>
 */
final class ConsoleBrowser
    implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  /** The window's size after start, or null for the size the flags give (1366×900). */
  private final Dimension window;

  private String test = "console";
  private WebDriver driver;
  private Path profile;

  private ConsoleBrowser(Dimension window) {
    this.window = window;
  }

  /** The browser at the flags' window size, 1366×900. */
  static ConsoleBrowser standard() {
    return new ConsoleBrowser(null);
  }

  /** The browser with its window set to {@code width} × {@code height} once started. */
  static ConsoleBrowser at(int width, int height) {
    return new ConsoleBrowser(new Dimension(width, height));
  }

  /** A browser scenario: the test's steps given the started browser. */
  interface Scenario {
    void run(WebDriver b) throws Exception;
  }

  /** Starts the browser for this test (skipping the test when Chromium is not installed). */
  WebDriver open() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "SKIPPED: no Chromium at /usr/bin/chromium — install Debian's chromium, chromium-driver and"
            + " fonts-noto-cjk (.ci/run does) to run the console's browser tests");
    assertThat(CHROMEDRIVER)
        .as("chromium is installed but chromium-driver is not: apt-get install chromium-driver")
        .isExecutable();
    if (driver != null) {
      throw new IllegalStateException("one browser per test: " + test + " opened it already");
    }
    profile = Files.createTempDirectory("sgc-console-chromium");
    driver = chromium(profile);
    if (window != null) {
      driver.manage().window().setSize(window);
    }
    return driver;
  }

  /** Runs a browser scenario in a browser started for it. */
  void scenario(Scenario body) throws Exception {
    body.run(open());
  }

  /** Headless Chromium with a profile of its own, as every console browser test runs it. */
  static WebDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1366,900",
        "--lang=zh-CN",
        "--user-data-dir=" + profile);
    // a clerk's browser in the county asks for Chinese (headless Chromium asks for en-US otherwise,
    // which the console would answer in English on a first visit)
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** The server's address without a trailing slash, to put a path after. */
  static String base(WebTarget target) {
    String uri = target.getUri().toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }

  /** Logs {@code user} in with the demo password on the login form; waits for the home page. */
  static void login(WebDriver b, String base, String user) {
    b.get(base + "/console/login");
    b.findElement(By.id("username")).clear();
    b.findElement(By.id("username")).sendKeys(user);
    b.findElement(By.id("password")).sendKeys("demo");
    b.findElement(By.cssSelector("form button[type=submit]")).click();
    ConsoleBrowserTest.waitFor(b, d -> d.getCurrentUrl().endsWith("/console"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    test = context.getTestMethod().map(m -> m.getName()).orElse("console");
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    // a skipped test (no Chromium) has nothing to show
    if (driver != null && !(failure instanceof TestAbortedException)) {
      try {
        Files.createDirectories(SCREENSHOTS);
        Files.write(
            SCREENSHOTS.resolve(test + ".png"),
            ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(SCREENSHOTS.resolve(test + ".html"), driver.getPageSource());
      } catch (IOException | RuntimeException e) {
        // a browser that died cannot be pictured: the test's own failure is what matters
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        try (var files = Files.walk(profile)) {
          files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        profile = null;
      }
    }
  }
}
