package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
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
 * The staffing views in a real browser against the packaged app: the Erlang calculator shows the reference answer,
 * and a requirement computed from a forecast version is drawn as a chart. Screenshots under target/screenshots.
 */
class StaffingBrowserIT {

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
        database = ScratchDatabase.create("frontline_staffing_browser");
        app = PackagedApp.startDemo(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER, "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD));
        awaitDemoCentre(Duration.ofMinutes(4));
    }

    /** The login page answers before the demo centre is written; wait for its contact history to be there. */
    private static void awaitDemoCentre(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
                 ResultSet r = c.createStatement().executeQuery("select count(*) from interval_history")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the demo centre was not written within " + timeout);
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
    void theErlangCalculatorShowsTheReferenceAnswer() throws Exception {
        WebDriver browser = browser();
        try {
            signIn(browser);
            browser.get(app.baseUrl() + "/erlang");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement agents = wait.until(d -> d.findElement(By.id("erlang-kpi-agents-value")));
            assertThat(agents.getText()).isEqualTo("68");
            assertThat(browser.findElement(By.id("erlang-kpi-scheduled-value")).getText()).isEqualTo("97");
            assertThat(browser.findElement(By.id("erlang-explanation")).getText()).contains("68 agents: Erlang C");
            screenshot(browser, "erlang-calculator");

            WebElement aht = browser.findElement(By.cssSelector("#erlang-aht input"));
            aht.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
            browser.findElement(By.id("erlang-calculate")).click();
            wait.until(d -> d.findElements(By.id("erlang-kpi-agents-value")).isEmpty());
            assertThat(browser.findElement(By.id("erlang-aht")).getAttribute("invalid")).isNotNull();
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("NaN");
            screenshot(browser, "erlang-calculator-invalid");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aComputedRequirementIsDrawn() throws Exception {
        insertForecastVersion("BILLING_PL_VOICE");
        WebDriver browser = browser();
        try {
            signIn(browser);
            browser.get(app.baseUrl() + "/requirements");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            WebElement compute = wait.until(d -> d.findElement(By.id("req-compute")));
            wait.until(d -> compute.getAttribute("disabled") == null);
            compute.click();
            wait.until(d -> d.findElement(By.id("req-message")).getText().contains("saved"));
            WebElement chart = wait.until(d -> d.findElement(By.id("req-chart")));
            wait.until(d -> chart.findElements(By.tagName("canvas")).size() > 0);
            Object points = ((JavascriptExecutor) browser).executeScript("return arguments[0].renderedPoints;", chart);
            assertThat(((Number) points).intValue()).as("data points drawn").isGreaterThan(48);
            assertThat(browser.findElement(By.id("req-fresh")).getText()).startsWith("Up to date");
            screenshot(browser, "requirements");
        } finally {
            browser.quit();
        }
    }

    /** One day of 15-minute intervals, 08:00–20:00 local, as the forecast service would save it. */
    private static void insertForecastVersion(String queueCode) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD)) {
            long queueId;
            ZoneId zone;
            try (PreparedStatement s = c.prepareStatement("select id, time_zone from queue where code = ?")) {
                s.setString(1, queueCode);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    queueId = r.getLong(1);
                    zone = ZoneId.of(r.getString(2));
                }
            }
            LocalDate day = LocalDate.now().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            long versionId;
            try (PreparedStatement s = c.prepareStatement("insert into forecast_version (queue_id, created_by, grain_minutes, "
                    + "horizon_start, horizon_end, history_from, history_to, history_intervals, method, explanation) "
                    + "values (?, 'browser test', 15, ?, ?, now() - interval '1 year', now(), 1000, 'test', 'browser test') returning id")) {
                s.setLong(1, queueId);
                s.setObject(2, day);
                s.setObject(3, day.plusDays(1));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    versionId = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into forecast_interval (forecast_version_id, interval_start, "
                    + "offered, aht_seconds, lower80, upper80, lower95, upper95) values (?, ?, ?, 300, ?, ?, ?, ?)")) {
                ZonedDateTime t = day.atTime(8, 0).atZone(zone);
                for (int slot = 0; slot < 48; slot++, t = t.plusMinutes(15)) {
                    double x = (slot + 0.5) / 48 - 0.5;
                    double offered = Math.round(120 * Math.exp(-x * x * 12) * 1000) / 1000.0;
                    s.setLong(1, versionId);
                    s.setObject(2, t.toOffsetDateTime());
                    for (int k = 3; k <= 7; k++) {
                        s.setDouble(k, offered);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private static void signIn(WebDriver browser) {
        browser.get(app.baseUrl() + "/login");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement user = wait.until(d -> d.findElement(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys("planner");
        WebElement pass = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys("frontline");
        pass.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/planner"));
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
