package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.frontline.quality.speed.SpeedQualityFixture;
import dev.frontline.testing.ScratchDatabase;

/**
 * HR in a real browser: signs in, lands on the HR home with the quality headline, follows its link to speed and
 * quality and sees the team's scatter (points drawn) and the agents' grid, over the demo centre's own daily KPIs. The
 * test fixture's figures (IST-1, early 2019) are written too, so the agent's page can be checked for colleagues' numbers.
 */
class SpeedQualityBrowserIT {

    private static PackagedApp app;
    private static SpeedQualityFixture fixture;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
        try (Connection connection = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            fixture = new SpeedQualityFixture(DSL.using(connection, SQLDialect.POSTGRES));
            fixture.write();
        }
    }

    @Test
    void hrGoesFromTheHomePageToTheScatterAndTheGrid() throws Exception {
        WebDriver browser = Browsers.open(null, 1280, 900);
        try {
            Browsers.signIn(browser, app, "hr.lead", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "speed-hr-home",
                    () -> wait.until(d -> !d.findElements(By.id("quality-headline")).isEmpty()));
            assertThat(browser.findElement(By.id("quality-link-plan-actual")).getAttribute("href")).endsWith("/plan-vs-actual");
            Browsers.screenshot(browser, "speed-hr-home");

            WebElement link = browser.findElement(By.id("quality-link-speed"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
            wait.until(d -> link.isDisplayed());
            link.click();
            Browsers.awaitOrScreenshot(browser, "speed-page", () -> wait.until(d -> Browsers.at(d, "/speed-quality")
                    && !d.findElements(By.id("speed-scatter")).isEmpty()));
            // the page opens on the first team with figures: the scatter draws its agents and the frontier
            WebElement scatter = browser.findElement(By.id("speed-scatter"));
            Browsers.awaitOrScreenshot(browser, "speed-scatter", () -> wait.until(d -> {
                String points = scatter.getAttribute("data-rendered-points");
                return points != null && Integer.parseInt(points) >= 9;
            }));
            // the agents' rows are drawn (the page opens on the newest figures, the demo centre's own, so which agents
            // are flagged follows the generated data); the employee number is one of the columns the chooser hides
            Browsers.awaitOrScreenshot(browser, "speed-grid", () -> wait.until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("const g = document.getElementById('speed-agents-grid'); return g ? (g.size || 0) : 0;"))
                    .intValue() > 0));
            // at 1280 px the table fits beside the menu: no sideways scrolling inside it
            Object overflow = ((JavascriptExecutor) browser).executeScript("""
                    const g = document.getElementById('speed-agents-grid');
                    const table = g.shadowRoot.querySelector('#table');
                    return table.scrollWidth - table.clientWidth;""");
            assertThat(((Number) overflow).intValue()).as("sideways scroll of the agents' grid at 1280 px")
                    .isLessThanOrEqualTo(1);
            assertThat(browser.findElements(By.cssSelector("[id^='speed-flag-']")))
                    .allSatisfy(flag -> assertThat(flag.getText()).contains("AHT").contains("QA"));
            Browsers.assertNoContentSecurityPolicyViolations(browser);
            Browsers.screenshot(browser, "speed-quality");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAgentReadsOwnFiguresOnAPhoneWithoutSidewaysScrolling() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            Browsers.signIn(browser, app, "agent.ist", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "speed-agent-home", () -> wait.until(d -> Browsers.at(d, "/me")));
            browser.get(app.baseUrl() + "/me/kpis");
            Browsers.awaitOrScreenshot(browser, "speed-agent-kpis",
                    () -> wait.until(d -> !d.findElements(By.id("my-kpi-qa-value")).isEmpty()));
            Object wider = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
            assertThat(wider).as("the page scrolls sideways at 390 px").isEqualTo(false);
            for (int i = 1; i < fixture.employeeNumbers.size(); i++) {
                assertThat(browser.getPageSource()).doesNotContain(fixture.employeeNumbers.get(i));
            }
            Browsers.screenshot(browser, "speed-agent-kpis-390");
        } finally {
            browser.quit();
        }
    }
}
