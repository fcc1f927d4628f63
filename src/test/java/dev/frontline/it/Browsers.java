package dev.frontline.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium through its ChromeDriver (never a downloaded browser), and what every test does with it. */
final class Browsers {

    /**
     * Whether the browser is on {@code path}, whatever the query: after signing in, Spring Security sends the browser
     * to the page it first asked for with {@code ?continue} appended.
     */
    static boolean at(WebDriver browser, String path) {
        return java.net.URI.create(browser.getCurrentUrl()).getPath().endsWith(path);
    }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PASSWORD = "frontline";
    /** The narrowest window headless Chromium keeps; below it the window is silently made this wide. */
    private static final int MIN_WINDOW_WIDTH = 500;

    private Browsers() {
    }

    static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
    }

    static WebDriver open() {
        return open(null, 1400, 1000);
    }

    /** A browser whose languages are {@code languageTag} (e.g. tr-TR; null: Chromium's own) and window that size. */
    static WebDriver open(String languageTag, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        if (languageTag != null) {
            options.addArguments("--lang=" + languageTag);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languageTag));
        }
        options.setBinary(CHROMIUM.toFile());
        // the machine has no network beyond package registries: keep Chromium from calling home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height);
        // the console, so tests can see Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        if (width < MIN_WINDOW_WIDTH) {
            // headless Chromium widens a narrower window to 500 px: a phone's width needs the device emulated
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return browser;
    }

    /** Fills the sign-in form and submits it; the caller waits for where the role lands. */
    static void signIn(WebDriver browser, PackagedApp app, String username, String password) {
        browser.get(app.baseUrl() + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement user = wait.until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    /**
     * Fails when the browser's console reports a Content-Security-Policy violation since the last look: something
     * the page needed (a script, a style, a connection) was blocked by the policy SecurityConfig sends.
     */
    static void assertNoContentSecurityPolicyViolations(WebDriver browser) {
        java.util.List<String> violations = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations at " + browser.getCurrentUrl() + ": " + violations);
        }
    }

    static void screenshot(WebDriver browser, String name) throws Exception {
        Path directory = Files.createDirectories(Path.of("target/screenshots"));
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot for docs/user-guide.md, kept in docs/images so the guide shows the UI as it is. */
    static void guideScreenshot(WebDriver browser, String name) throws Exception {
        Path directory = Files.createDirectories(Path.of("docs/images"));
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps a picture of the page when a wait fails, so a red CI run shows what the browser saw. */
    static void awaitOrScreenshot(WebDriver browser, String name, Runnable wait) throws Exception {
        try {
            wait.run();
        } catch (RuntimeException e) {
            screenshot(browser, "failed-" + name);
            throw new AssertionError("Waiting failed at " + browser.getCurrentUrl() + "; see target/screenshots/failed-"
                    + name + ".png", e);
        }
    }

    /**
     * How the page fits its window: the window's width, the page's scroll width (wider means it scrolls sideways) and
     * the first elements reaching past the right edge (tag and id), for a message that says what overflows.
     */
    record Fit(int width, int scrollWidth, List<String> over) {
    }

    static Fit fit(WebDriver browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                const over = [...document.querySelectorAll('body *')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && r.height > 0 && r.right > width + 1;
                }).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                return {width: width, scroll: document.documentElement.scrollWidth, over: over.slice(0, 20)};
                """);
        return new Fit(((Number) fit.get("width")).intValue(), ((Number) fit.get("scroll")).intValue(),
                ((List<?>) fit.get("over")).stream().map(String::valueOf).toList());
    }

    /**
     * Fails naming what overflows when the page scrolls sideways or an element reaches past the window's edge. Both are
     * needed: inside the app layout a planner page scrolls in the layout's content area, not the document, so an
     * overflowing row leaves the document's scroll width as it is (the capacity page before it wrapped its buttons).
     */
    static void assertFits(WebDriver browser, String what) {
        Fit fit = fit(browser);
        org.assertj.core.api.Assertions.assertThat(fit.scrollWidth()).as("page width of " + what + " at "
                + fit.width() + " px (overflowing: " + fit.over() + ")").isLessThanOrEqualTo(fit.width());
        org.assertj.core.api.Assertions.assertThat(fit.over()).as("elements of " + what
                + " reaching past the right edge at " + fit.width() + " px").isEmpty();
    }
}
