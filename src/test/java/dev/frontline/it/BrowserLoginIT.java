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
 * A real browser (Debian's headless Chromium) against the packaged app: sign in as each role and see the overview
 * render, with screenshots under target/screenshots.
 */
class BrowserLoginIT {

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
        database = ScratchDatabase.create("frontline_browser");
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
    void plannerSignsInAndSeesTheVolumeChartDrawn() throws Exception {
        WebDriver browser = browser();
        try {
            signIn(browser, "planner");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            awaitOrScreenshot(browser, "planner-sign-in", () -> wait.until(d -> d.getCurrentUrl().endsWith("/planner")));
            WebElement chart = wait.until(d -> d.findElement(By.id("planner-volume-chart")));
            wait.until(d -> chart.findElements(By.tagName("canvas")).size() > 0);
            Object points = ((JavascriptExecutor) browser).executeScript("return arguments[0].renderedPoints;", chart);
            assertThat(((Number) points).intValue()).as("data points drawn").isGreaterThan(6 * 7);
            assertThat(browser.findElement(By.id("current-user")).getText()).contains("Pat Planner");
            screenshot(browser, "planner-overview");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAgentSignsInToTheirOwnProfileAndCannotOpenThePlannerView() throws Exception {
        WebDriver browser = browser();
        try {
            signIn(browser, "agent.ist");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            awaitOrScreenshot(browser, "agent-sign-in", () -> wait.until(d -> d.getCurrentUrl().endsWith("/me")));
            wait.until(d -> d.findElement(By.id("agent-name")).getText().length() > 0);
            screenshot(browser, "agent-profile");

            browser.get(app.baseUrl() + "/planner");
            Thread.sleep(2000);
            assertThat(browser.findElements(By.id("planner-volume-chart"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aWrongPasswordShowsOneMessageAndNoData() {
        WebDriver browser = browser();
        try {
            browser.get(app.baseUrl() + "/login");
            fill(browser, "planner", "wrong-password");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().contains("error"));
            String page = browser.getPageSource();
            assertThat(page).doesNotContain("planner-volume-chart");
        } finally {
            browser.quit();
        }
    }

    /** Keeps a picture of the page when a wait fails, so a red CI run shows what the browser saw. */
    private static void awaitOrScreenshot(WebDriver browser, String name, Runnable wait) throws Exception {
        try {
            wait.run();
        } catch (RuntimeException e) {
            screenshot(browser, "failed-" + name);
            throw new AssertionError("Waiting failed at " + browser.getCurrentUrl() + "; see target/screenshots/failed-"
                    + name + ".png", e);
        }
    }

    private static void signIn(WebDriver browser, String username) {
        browser.get(app.baseUrl() + "/login");
        fill(browser, username, "frontline");
    }

    private static void fill(WebDriver browser, String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement user = wait.until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password);
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
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
