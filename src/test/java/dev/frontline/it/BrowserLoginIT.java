package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser against the packaged app: each role signs in and sees its overview render, with screenshots under
 * target/screenshots.
 */
class BrowserLoginIT {

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void plannerSignsInAndSeesTheVolumeChartDrawn() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            Browsers.signIn(browser, app, "planner", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "planner-sign-in", () -> wait.until(d -> Browsers.at(d, "/planner")));
            WebElement chart = wait.until(d -> d.findElement(By.id("planner-volume-chart")));
            wait.until(d -> chart.findElements(By.tagName("canvas")).size() > 0);
            Object points = ((JavascriptExecutor) browser).executeScript("return arguments[0].renderedPoints;", chart);
            assertThat(((Number) points).intValue()).as("data points drawn").isGreaterThan(6 * 7);
            assertThat(browser.findElement(By.id("current-user")).getText()).contains("Pat Planner");
            Browsers.assertNoContentSecurityPolicyViolations(browser);
            Browsers.screenshot(browser, "planner-overview");
        } finally {
            browser.quit();
        }
    }

    @Test
    void hrSignsInToTheAttritionPageFollowsItsLinksAndSeesHeadcountByTeam() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            Browsers.signIn(browser, app, "hr.lead", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "hr-sign-in", () -> wait.until(d -> Browsers.at(d, "/attrition")));
            WebElement trend = wait.until(d -> d.findElement(By.id("attrition-trend-chart")));
            Browsers.awaitOrScreenshot(browser, "hr-attrition-chart",
                    () -> wait.until(d -> trend.findElements(By.tagName("canvas")).size() > 0));
            assertThat(browser.findElement(By.id("attrition-kpi-headcount-value")).getText()).matches("1[45]\\d");
            Browsers.screenshot(browser, "hr-attrition");

            browser.findElement(By.id("attrition-link-survival")).click();
            WebElement survival = wait.until(d -> d.findElement(By.id("survival-chart")));
            Browsers.awaitOrScreenshot(browser, "hr-survival-chart",
                    () -> wait.until(d -> survival.findElements(By.tagName("canvas")).size() > 0));
            assertThat(browser.findElement(By.id("survival-logrank")).getText()).contains("Log-rank");
            Browsers.screenshot(browser, "hr-survival");

            browser.get(app.baseUrl() + "/hr");
            WebElement chart = wait.until(d -> d.findElement(By.id("hr-headcount-chart")));
            wait.until(d -> chart.findElements(By.tagName("canvas")).size() > 0);
            assertThat(browser.findElement(By.id("hr-kpi-headcount-value")).getText()).matches("1[45]\\d");
            Browsers.assertNoContentSecurityPolicyViolations(browser);
            Browsers.screenshot(browser, "hr-overview");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAgentSignsInToTheirOwnProfileAndCannotOpenThePlannerView() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            Browsers.signIn(browser, app, "agent.ist", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "agent-sign-in", () -> wait.until(d -> Browsers.at(d, "/me")));
            wait.until(d -> !d.findElements(By.id("my-schedule")).isEmpty());
            browser.get(app.baseUrl() + "/me/profile");
            wait.until(d -> !d.findElements(By.id("agent-name")).isEmpty()
                    && d.findElement(By.id("agent-name")).getText().length() > 0);
            Browsers.screenshot(browser, "agent-profile");

            browser.get(app.baseUrl() + "/planner");
            boolean chartShown;
            try {
                // the planner view renders within a second or two when allowed; give it ample time to show up
                new WebDriverWait(browser, Duration.ofSeconds(8))
                        .until(d -> !d.findElements(By.id("planner-volume-chart")).isEmpty());
                chartShown = true;
            } catch (TimeoutException refused) {
                chartShown = false;
            }
            assertThat(chartShown).as("planner chart shown to an agent").isFalse();
            assertThat(browser.getPageSource()).doesNotContain("Billing – Turkish – voice");
            Browsers.screenshot(browser, "agent-refused-planner-view");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aWrongPasswordShowsOneMessageAndNoData() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            Browsers.signIn(browser, app, "planner", "wrong-password");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.until(d -> d.getCurrentUrl().contains("error"));
            assertThat(browser.getPageSource()).doesNotContain("planner-volume-chart");
        } finally {
            browser.quit();
        }
    }
}
