package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A planner runs a forecast in a real browser: the run reports back by server push and the chart draws the history,
 * the forecast and its prediction bands (screenshot under target/screenshots).
 */
class ForecastBrowserIT {

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void aPlannerRunsAForecastAndSeesItDrawnWithItsBands() throws Exception {
        WebDriver browser = Browsers.open();
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
            Browsers.screenshot(browser, "forecast-view");
        } catch (RuntimeException | AssertionError failed) {
            Browsers.screenshot(browser, "forecast-view-failed");
            throw failed;
        } finally {
            browser.quit();
        }
    }

    /** The demo centre is written before the app answers, so one sign-in is enough. */
    private static void signInAsPlanner(WebDriver browser) {
        Browsers.signIn(browser, app, "planner", Browsers.PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Browsers.at(d, "/planner"));
    }
}
