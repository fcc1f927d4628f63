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
            clickNearAPointExplainsIt(browser, chart, wait);
        } finally {
            browser.quit();
            removeForecastVersions();
        }
    }

    /**
     * A thin line is hard to hit: a click 12 px above the topmost line, on empty canvas (no point, line or bar there),
     * still explains the nearest point, i.e. the interval under the pointer.
     */
    private static void clickNearAPointExplainsIt(WebDriver browser, WebElement chart, WebDriverWait wait)
            throws Exception {
        // the pointer moves relative to the centre of the chart's visible part: show all of it first
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
        Thread.sleep(500);
        @SuppressWarnings("unchecked")
        java.util.List<Object> target = (java.util.List<Object>) ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0], chart = el.chart, option = chart.getOption();
                const categories = option.xAxis[0].data;
                const lines = option.series.map((s, i) => [s, i])
                    .filter(([s]) => (s.type === 'line' || s.type === 'bar') && !s.flBand && Array.isArray(s.data));
                // an interval on the curve's shoulder, so that there is grid above its topmost point
                for (let index = Math.floor(categories.length / 5); index < categories.length; index++) {
                  let top = Infinity, x = null;
                  for (const [s, i] of lines) {
                    const raw = s.data[index];
                    const value = Number(raw && typeof raw === 'object' ? raw.value : raw);
                    if (raw === null || raw === undefined || Number.isNaN(value)) continue;
                    const p = chart.convertToPixel({seriesIndex: i}, [index, value]);
                    top = Math.min(top, p[1]);
                    x = p[0];
                  }
                  const y = top - 12;
                  if (x !== null && chart.containPixel({gridIndex: 0}, [x + 3, y - 12])) {
                    const c = categories[index];
                    return [x + 3, y, String(typeof c === 'object' ? c.value : c)];
                  }
                }
                return null;""", chart);
        assertThat(target).as("a point with room above it").isNotNull();
        double x = ((Number) target.get(0)).doubleValue();
        double y = ((Number) target.get(1)).doubleValue();
        String category = (String) target.get(2);
        assertThat(browser.findElements(By.id("req-why-title"))).as("no explanation before the click").isEmpty();
        org.openqa.selenium.Rectangle box = chart.getRect();
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(chart, (int) Math.round(x - box.getWidth() / 2.0), (int) Math.round(y - box.getHeight() / 2.0))
                .click().perform();
        WebElement title = wait.until(d -> d.findElement(By.id("req-why-title")));
        assertThat(title.getText()).as("the explanation of the interval under the pointer").contains(category);
        Browsers.screenshot(browser, "requirements-explained-by-a-near-click");
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
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Browsers.at(d, "/planner"));
    }
}
