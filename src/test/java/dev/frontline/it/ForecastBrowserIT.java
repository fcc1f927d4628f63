package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

import dev.frontline.testing.ScratchDatabase;

/**
 * A planner runs a forecast in a real browser: the run reports back by server push and the chart draws the history,
 * the forecast and its prediction bands (screenshot under target/screenshots).
 */
class ForecastBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ScratchDatabase database;
    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        database = ScratchDatabase.create("frontline_forecast_browser");
        app = PackagedApp.startDemo(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER, "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD));
    }

    @AfterAll
    static void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aPlannerRunsAForecastAndSeesItDrawnWithItsBands() throws Exception {
        WebDriver browser = browser();
        try {
            // generous: the page loads slowly on a busy machine
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(240));
            signInAsPlanner(browser);

            browser.get(app.baseUrl() + "/forecast");
            wait.until(d -> d.findElement(By.id("forecast-view")));
            wait.until(d -> d.findElement(By.id("forecast-run"))).click();
            WebElement status = browser.findElement(By.id("forecast-run-status"));
            wait.until(d -> status.getText().startsWith("Saved as version"));

            WebElement chart = wait.until(d -> d.findElement(By.id("forecast-chart")));
            wait.until(d -> chart.findElements(By.tagName("canvas")).size() > 0);
            Object points = ((JavascriptExecutor) browser).executeScript("return arguments[0].renderedPoints;", chart);
            // two weeks of history and two of forecast at 15 minutes, over seven series (two bands of two, three lines)
            assertThat(((Number) points).intValue()).isGreaterThan(7 * 14 * 48);
            assertThat(browser.findElement(By.id("forecast-scores")).getText()).isNotEmpty();
            screenshot(browser, "forecast-view");
        } catch (RuntimeException | AssertionError failed) {
            screenshot(browser, "forecast-view-failed");
            throw failed;
        } finally {
            browser.quit();
        }
    }

    /** The demo logins are written just after the app starts answering, so a first attempt may come too early. */
    private static void signInAsPlanner(WebDriver browser) {
        long deadline = System.currentTimeMillis() + 240_000;
        while (true) {
            browser.get(app.baseUrl() + "/login");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input"))).sendKeys("planner");
            WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
            password.sendKeys("frontline");
            password.sendKeys(Keys.ENTER);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/planner"));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1400");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path directory = Files.createDirectories(Path.of("target/screenshots"));
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
