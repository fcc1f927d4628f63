package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An agent on a 390-px phone: books an office day for next week and sees it on their schedule, with no page wider
 * than the screen. Screenshots under target/screenshots.
 */
class SelfServiceBrowserIT {

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void anAgentBooksAnOfficeDayOnAPhoneAndSeesItInTheirSchedule() throws Exception {
        WebDriver browser = Browsers.open();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            Browsers.signIn(browser, app, "agent.waw", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "selfservice-schedule", () -> wait.until(d -> !d.findElements(By.id("my-schedule")).isEmpty()));
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "selfservice-schedule-390");

            browser.get(app.baseUrl() + "/me/office-days");
            wait.until(d -> !d.findElements(By.id("office-days-list")).isEmpty());
            java.util.Set<String> thisWeek = new java.util.HashSet<>();
            browser.findElements(By.cssSelector("vaadin-button[id^='office-book-']"))
                    .forEach(b -> thisWeek.add(b.getAttribute("id")));
            browser.findElement(By.id("office-next")).click();
            // the list is redrawn for the next week: wait for its buttons, re-finding them while the old ones go stale
            String bookId = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d
                    .findElements(By.cssSelector("vaadin-button[id^='office-book-']")).stream()
                    .filter(b -> !thisWeek.contains(b.getAttribute("id")) && b.getAttribute("disabled") == null)
                    .map(b -> b.getAttribute("id")).findFirst().orElse(null));
            String date = bookId.substring("office-book-".length());
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> { d.findElement(By.id(bookId)).click(); return true; });
            wait.until(d -> !d.findElements(By.id("office-cancel-" + date)).isEmpty());
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "selfservice-office-days-390");

            browser.get(app.baseUrl() + "/me");
            wait.until(d -> !d.findElements(By.id("schedule-next")).isEmpty());
            browser.findElement(By.id("schedule-next")).click();
            WebElement day = wait.until(d -> d.findElements(By.id("schedule-day-" + date)).stream().findFirst().orElse(null));
            wait.until(d -> day.getText().contains("Office day booked"));
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "selfservice-schedule-booked-390");
        } finally {
            browser.quit();
        }
    }

    private static void assertNoHorizontalScroll(WebDriver browser) {
        Object wider = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        assertThat(wider).as("the page scrolls sideways at 390 px").isEqualTo(false);
    }
}
