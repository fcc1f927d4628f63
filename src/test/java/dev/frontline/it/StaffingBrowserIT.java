package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.FORECAST_INTERVAL;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.QUEUE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.frontline.testing.ScratchDatabase;

/**
 * The staffing views in a real browser against the packaged app: the Erlang calculator shows the reference answer,
 * and a requirement computed from a forecast version is drawn as a chart. Screenshots under target/screenshots.
 */
class StaffingBrowserIT {

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void theErlangCalculatorShowsTheReferenceAnswer() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            signIn(browser);
            browser.get(app.baseUrl() + "/erlang");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement agents = wait.until(d -> d.findElement(By.id("erlang-kpi-agents-value")));
            assertThat(agents.getText()).isEqualTo("68");
            assertThat(browser.findElement(By.id("erlang-kpi-scheduled-value")).getText()).isEqualTo("97");
            assertThat(browser.findElement(By.id("erlang-explanation")).getText()).contains("68 agents: Erlang C");
            Browsers.screenshot(browser, "erlang-calculator");

            WebElement aht = browser.findElement(By.cssSelector("#erlang-aht input"));
            aht.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0", Keys.TAB);
            browser.findElement(By.id("erlang-calculate")).click();
            wait.until(d -> d.findElements(By.id("erlang-kpi-agents-value")).isEmpty());
            assertThat(browser.findElement(By.id("erlang-aht")).getAttribute("invalid")).isNotNull();
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("NaN");
            Browsers.screenshot(browser, "erlang-calculator-invalid");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aComputedRequirementIsDrawn() throws Exception {
        insertForecastVersion("BILLING_PL_VOICE");
        WebDriver browser = Browsers.open();
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
            Browsers.screenshot(browser, "requirements");
        } finally {
            browser.quit();
            removeForecastVersions();
        }
    }

    /**
     * The shared app's later tests open the forecast page on the newest version and read its explanation, which this
     * made-up version does not have; its requirements go with it.
     */
    private static void removeForecastVersions() throws Exception {
        try (Connection c = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSL.using(c, SQLDialect.POSTGRES).deleteFrom(FORECAST_VERSION)
                    .where(FORECAST_VERSION.CREATED_BY.eq("browser test")).execute();
        }
    }

    /** One day of 15-minute intervals, 08:00–20:00 local, as the forecast service would save it. */
    private static void insertForecastVersion(String queueCode) throws Exception {
        try (Connection c = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSLContext ctx = DSL.using(c, SQLDialect.POSTGRES);
            var queue = ctx.select(QUEUE.ID, QUEUE.TIME_ZONE).from(QUEUE).where(QUEUE.CODE.eq(queueCode)).fetchSingle();
            ZoneId zone = ZoneId.of(queue.value2());
            LocalDate day = LocalDate.now().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            OffsetDateTime now = OffsetDateTime.now();
            long versionId = ctx.insertInto(FORECAST_VERSION)
                    .set(FORECAST_VERSION.QUEUE_ID, queue.value1())
                    .set(FORECAST_VERSION.CREATED_BY, "browser test")
                    .set(FORECAST_VERSION.GRAIN_MINUTES, (short) 15)
                    .set(FORECAST_VERSION.HORIZON_START, day)
                    .set(FORECAST_VERSION.HORIZON_END, day.plusDays(1))
                    .set(FORECAST_VERSION.HISTORY_FROM, now.minusYears(1))
                    .set(FORECAST_VERSION.HISTORY_TO, now)
                    .set(FORECAST_VERSION.HISTORY_INTERVALS, 1000)
                    .set(FORECAST_VERSION.METHOD, "test")
                    .set(FORECAST_VERSION.EXPLANATION, "browser test")
                    .returning(FORECAST_VERSION.ID).fetchSingle(FORECAST_VERSION.ID);
            ZonedDateTime t = day.atTime(8, 0).atZone(zone);
            var insert = ctx.insertInto(FORECAST_INTERVAL, FORECAST_INTERVAL.FORECAST_VERSION_ID,
                    FORECAST_INTERVAL.INTERVAL_START, FORECAST_INTERVAL.OFFERED, FORECAST_INTERVAL.AHT_SECONDS,
                    FORECAST_INTERVAL.LOWER80, FORECAST_INTERVAL.UPPER80, FORECAST_INTERVAL.LOWER95,
                    FORECAST_INTERVAL.UPPER95);
            for (int slot = 0; slot < 48; slot++, t = t.plusMinutes(15)) {
                double x = (slot + 0.5) / 48 - 0.5;
                BigDecimal offered = BigDecimal.valueOf(Math.round(120 * Math.exp(-x * x * 12) * 1000) / 1000.0);
                insert = insert.values(versionId, t.toOffsetDateTime(), offered, BigDecimal.valueOf(300), offered,
                        offered, offered, offered);
            }
            insert.execute();
        }
    }

    private static void signIn(WebDriver browser) {
        Browsers.signIn(browser, app, "planner", Browsers.PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().endsWith("/planner"));
    }
}
