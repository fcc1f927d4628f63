package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.ROSTER_SHIFT;
import static dev.frontline.db.Tables.ROSTER_VERSION;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.frontline.testing.ScratchDatabase;

/**
 * A planner's roster in a real browser against the packaged demo app: a one-week draft is solved with live progress,
 * stopped from the page, saved as a version with its shifts, and explained. Screenshots under target/screenshots.
 * <p>
 * The app has a demo database of its own: a roster needs requirements for every queue, and the other browser tests
 * add queues and forecast versions to the shared one.
 */
class RosterBrowserIT {

    private static ScratchDatabase database;
    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        Browsers.requireInstalled();
        database = ScratchDatabase.create("frontline_roster_browser");
        app = PackagedApp.startDemo(Map.of("SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", ScratchDatabase.USER, "SPRING_DATASOURCE_PASSWORD", ScratchDatabase.PASSWORD));
    }

    @AfterAll
    static void stopApp() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void aPlannerSolvesStopsAndReadsTheExplanation() throws Exception {
        WebDriver browser = Browsers.open();
        String shown;
        try {
            Browsers.signIn(browser, app, "planner", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            Browsers.awaitOrScreenshot(browser, "roster-sign-in", () -> wait.until(d -> d.getCurrentUrl().endsWith("/planner")));
            browser.get(app.baseUrl() + "/roster");
            WebElement weeks = wait.until(d -> d.findElement(By.cssSelector("#roster-weeks input")));
            weeks.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1", Keys.TAB);
            browser.findElement(By.id("roster-new")).click();
            Browsers.awaitOrScreenshot(browser, "roster-draft",
                    () -> wait.until(d -> d.findElement(By.id("roster-status")).getText().startsWith("Not solved yet")));

            // the long preset runs for minutes, so within the wait below only the Stop button can end the solve
            browser.findElement(By.id("roster-config")).click();
            wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(item -> item.getText().equals("Long (overnight)")).findFirst().orElse(null)).click();
            wait.until(d -> d.findElement(By.id("roster-config")).getText().contains("Long (overnight)"));
            browser.findElement(By.id("roster-solve")).click();
            Browsers.awaitOrScreenshot(browser, "roster-solving",
                    () -> wait.until(d -> d.findElement(By.id("roster-status")).getText().startsWith("Solving: best")));
            WebElement progress = browser.findElement(By.id("roster-progress-chart"));
            Browsers.awaitOrScreenshot(browser, "roster-progress",
                    () -> wait.until(d -> !progress.findElements(By.tagName("canvas")).isEmpty()));
            Browsers.screenshot(browser, "roster-solving");

            browser.findElement(By.id("roster-stop")).click();
            Browsers.awaitOrScreenshot(browser, "roster-stopped",
                    () -> wait.until(d -> d.findElement(By.id("roster-status")).getText().matches("(Score|INFEASIBLE: score) .*")));
            shown = browser.findElement(By.id("roster-status")).getText();
            // stopped after a few seconds the roster may still break rules: the page then says so instead of hiding it
            assertThat(shown).matches("(Score|INFEASIBLE: score) -?\\d+hard/-?\\d+soft, under-coverage \\d+\\.\\d %.*");
            Browsers.awaitOrScreenshot(browser, "roster-grid",
                    () -> wait.until(d -> !d.findElements(By.cssSelector("#roster-grid vaadin-grid-cell-content")).isEmpty()));
            Browsers.screenshot(browser, "roster-by-agent");

            browser.findElements(By.cssSelector("#roster-tabs vaadin-tab")).stream()
                    .filter(tab -> tab.getText().equals("Explanation")).findFirst().orElseThrow().click();
            Browsers.awaitOrScreenshot(browser, "roster-explanation",
                    () -> wait.until(d -> d.findElement(By.id("roster-explanation-constraints")).getText()
                            .contains("Interval under-coverage")));
            Browsers.screenshot(browser, "roster-explanation");
        } finally {
            browser.quit();
        }
        try (Connection connection = DriverManager.getConnection(database.url(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
            var saved = ctx.select(ROSTER_VERSION.ID, ROSTER_VERSION.SCORE).from(ROSTER_VERSION)
                    .where(ROSTER_VERSION.SCORE.isNotNull()).orderBy(ROSTER_VERSION.ID.desc()).limit(1).fetchOne();
            assertThat(saved).as("a solved version is saved").isNotNull();
            assertThat(shown).as("the page shows the saved score").containsIgnoringCase("score " + saved.value2() + ",");
            assertThat(ctx.fetchCount(ROSTER_SHIFT, ROSTER_SHIFT.ROSTER_VERSION_ID.eq(saved.value1())))
                    .as("shifts of the saved version").isPositive();
        }
    }
}
