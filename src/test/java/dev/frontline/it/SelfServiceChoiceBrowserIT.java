package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.testing.ScratchDatabase;

/**
 * An agent's say in the roster on a 390-px phone, against the shared demo app (which has the demo's published coming
 * period with swaps and open shifts): agent.ist states a dated home wish and withdraws it, sees the swap a colleague
 * proposed with its answer buttons, tries to claim an open shift and reads the outcome, and ranks the lines of a bid
 * round with the up button and saves. Every agent page stays 390 px wide in English, Turkish and Polish. What the test
 * makes (the wish, a claim, the round and its draft) is removed again. Screenshots under target/screenshots.
 */
class SelfServiceChoiceBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT = "agent.ist";
    /** Every page an agent has. */
    private static final List<String> AGENT_PAGES = List.of("/me", "/me/office-days", "/me/time-off", "/me/wishes",
            "/me/swaps", "/me/open-shifts", "/me/shift-bids", "/me/training", "/me/kpis", "/me/profile");

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void anAgentStatesAWishSeesTheirSwapsTriesAnOpenShiftAndRanksLinesOnAPhone() throws Exception {
        long agentId = scalar("select agent_id from app_user where username = ?", AGENT);
        OffsetDateTime started = OffsetDateTime.now();
        // the demo writes its swaps on a thread of its own once the app is ready
        Awaitility.await("the demo's swaps").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .until(() -> scalar("select count(*) from shift_swap where colleague_agent_id = ? and status = 'PROPOSED'",
                        agentId) > 0);
        long draft = solvedDraft(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2));
        WebDriver browser = Browsers.open();
        try {
            long round = JSON.readTree(send("planner", "POST", "/api/v1/bid-rounds", "{\"rosterVersionId\":" + draft
                    + ",\"precedence\":\"SENIORITY\",\"deadline\":\"" + OffsetDateTime.now().plusDays(2).withNano(0) + "\"}",
                    201)).get("round").get("id").asLong();
            browser.manage().window().setSize(new Dimension(390, 844));
            Browsers.signIn(browser, app, AGENT, Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "choice-schedule", () -> wait.until(d -> !d.findElements(By.id("my-schedule")).isEmpty()));

            // a wish to work from home on one date of the demo's open window
            browser.get(app.baseUrl() + "/me/wishes");
            wait.until(d -> !d.findElements(By.id("wishes-form")).isEmpty());
            LocalDate windowFirst = LocalDate.parse(JSON.readTree(send(AGENT, "GET", "/api/v1/me/preference-windows", null, 200))
                    .get(0).get("firstDay").asString());
            LocalDate day = windowFirst.plusDays(2);
            browser.findElement(By.id("wishes-kind")).click();
            WebElement home = wait.ignoring(StaleElementReferenceException.class).until(d -> d
                    .findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.getText().trim().equals("to work from home")).findFirst().orElse(null));
            home.click();
            js(browser, "const p = document.getElementById('wishes-date'); p.value = arguments[0];"
                    + " p.dispatchEvent(new CustomEvent('change', {bubbles: true}));", day.toString());
            // one point, so the demo's own wishes of agent.ist leave room in the budget
            js(browser, "const f = document.getElementById('wishes-priority'); f.value = '1';"
                    + " f.dispatchEvent(new CustomEvent('change', {bubbles: true}));");
            click(browser, By.id("wishes-add"));
            wait.until(d -> d.findElement(By.id("wishes-message")).getText().equals("Wish saved."));
            long wish = scalar("select id from preference_wish where agent_id = ? and kind = 'HOME' and on_date = ?",
                    agentId, day);
            wait.until(d -> !d.findElements(By.id("wish-withdraw-" + wish)).isEmpty());
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "choice-wishes-390");
            click(browser, By.id("wish-withdraw-" + wish));
            wait.until(d -> d.findElements(By.id("wish-withdraw-" + wish)).isEmpty());

            // the swap a colleague proposed waits for agent.ist's answer
            browser.get(app.baseUrl() + "/me/swaps");
            wait.until(d -> !d.findElements(By.id("swaps-list")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("vaadin-button[id^='swap-accept-']"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("[id^='swap-status-']"))).isNotEmpty();
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "choice-swaps-390");

            // an open shift: claimed, or refused with the rule named
            browser.get(app.baseUrl() + "/me/open-shifts");
            wait.until(d -> !d.findElements(By.id("open-shifts-list")).isEmpty());
            List<WebElement> claims = browser.findElements(By.cssSelector("vaadin-button[id^='open-shift-claim-']"));
            if (!claims.isEmpty()) {
                click(browser, By.id(claims.get(0).getAttribute("id")));
                wait.until(d -> !d.findElement(By.id("open-shifts-message")).getText().isBlank());
                assertThat(browser.findElement(By.id("open-shifts-message")).getText())
                        .matches("(?s)The shift on .+ is yours\\.|Refused — .+:.+");
            }
            assertNoHorizontalScroll(browser);
            Browsers.screenshot(browser, "choice-open-shifts-390");

            // the round's lines: add two, move the second up, save
            browser.get(app.baseUrl() + "/me/shift-bids");
            wait.until(d -> !d.findElements(By.id("bids-place")).isEmpty());
            List<String> adds = browser.findElements(By.cssSelector("vaadin-button[id^='bids-add-']")).stream()
                    .map(b -> b.getAttribute("id")).toList();
            assertThat(adds).isNotEmpty();
            click(browser, By.id(adds.get(0)));
            String first = adds.get(0).substring("bids-add-".length());
            wait.until(d -> !d.findElements(By.id("bids-ranked-" + first)).isEmpty());
            String top = first;
            if (adds.size() > 1) {
                String second = adds.get(1).substring("bids-add-".length());
                click(browser, By.id("bids-add-" + second));
                wait.until(d -> !d.findElements(By.id("bids-up-" + second)).isEmpty());
                click(browser, By.id("bids-up-" + second));
                top = second;
            }
            assertNoHorizontalScroll(browser);
            click(browser, By.id("bids-save"));
            Browsers.awaitOrScreenshot(browser, "choice-shift-bids-saved", () -> wait.until(d -> !String.valueOf(
                    js(d, "return document.getElementById('bids-message').textContent;")).isBlank()));
            assertThat(String.valueOf(js(browser, "return document.getElementById('bids-message').textContent;")))
                    .endsWith("is saved.");
            Browsers.screenshot(browser, "choice-shift-bids-390");
            assertThat(JSON.readTree(send(AGENT, "GET", "/api/v1/me/bid-rounds/current", null, 200)).get("ranking").get(0)
                    .asLong()).isEqualTo(Long.parseLong(top));
            assertThat(round).isPositive();
        } finally {
            browser.quit();
            cleanUp(agentId, draft, started);
        }
    }

    @ParameterizedTest
    @CsvSource({"en-GB", "tr-TR", "pl-PL"})
    void everyAgentPageFitsA390PxPhone(String languageTag) throws Exception {
        WebDriver browser = Browsers.open(languageTag, 390, 844);
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            Browsers.signIn(browser, app, "agent.waw", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(d -> !d.findElements(By.id("main-nav")).isEmpty());
            for (String page : AGENT_PAGES) {
                browser.get(app.baseUrl() + page);
                Browsers.awaitOrScreenshot(browser, "fit-" + languageTag + page.replace('/', '-'),
                        () -> wait.until(d -> !d.findElements(By.id("main-nav")).isEmpty()
                                && ((Number) js(d, "return document.documentElement.scrollWidth;")).intValue() > 0));
                Object width = js(browser, "return document.documentElement.scrollWidth;");
                assertThat(((Number) width).intValue()).as(page + " in " + languageTag).isLessThanOrEqualTo(390);
            }
            // My schedule's month view: a calendar of the month, still without sideways scrolling
            browser.get(app.baseUrl() + "/me");
            Browsers.awaitOrScreenshot(browser, "fit-" + languageTag + "-month",
                    () -> wait.until(d -> !d.findElements(By.id("schedule-mode-month")).isEmpty()));
            String weekPeriod = browser.findElement(By.id("schedule-period")).getText();
            browser.findElement(By.id("schedule-mode-month")).click();
            Browsers.awaitOrScreenshot(browser, "fit-" + languageTag + "-month-shown",
                    () -> wait.until(d -> !d.findElement(By.id("schedule-period")).getText().equals(weekPeriod)));
            Object width = js(browser, "return document.documentElement.scrollWidth;");
            assertThat(((Number) width).intValue()).as("My schedule's month view in " + languageTag)
                    .isLessThanOrEqualTo(390);
            Browsers.screenshot(browser, "fit-" + languageTag + "-month");
        } finally {
            browser.quit();
        }
    }

    /** Removes what the test made: the round and its draft, any wish or claim of agent.ist since it started. */
    private static void cleanUp(long agentId, long draft, OffsetDateTime started) throws Exception {
        try (Connection db = connection()) {
            update(db, "delete from bid_round where roster_version_id = ?", draft);
            update(db, "delete from roster_version where id = ?", draft);
            update(db, "delete from preference_wish where agent_id = ? and created_at >= ?", agentId, started);
            // a claim that succeeded: the shift leaves the published roster and the open shift is open again
            try (PreparedStatement claimed = db.prepareStatement("select roster_version_id, work_date from open_shift"
                    + " where claimed_by_agent_id = ? and claimed_at >= ?")) {
                claimed.setLong(1, agentId);
                claimed.setObject(2, started);
                try (ResultSet rows = claimed.executeQuery()) {
                    while (rows.next()) {
                        long version = rows.getLong(1);
                        LocalDate date = rows.getObject(2, LocalDate.class);
                        update(db, "delete from roster_activity where roster_version_id = ? and agent_id = ? and work_date = ?",
                                version, agentId, date);
                        update(db, "delete from roster_shift where roster_version_id = ? and agent_id = ? and work_date = ?",
                                version, agentId, date);
                    }
                }
            }
            update(db, "update open_shift set claimed_by_agent_id = null, claimed_at = null"
                    + " where claimed_by_agent_id = ? and claimed_at >= ?", agentId, started);
            update(db, "delete from notification where created_at >= ?", started);
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
    }

    private static void update(Connection db, String sql, Object... args) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long scalar(String sql, Object... args) throws Exception {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A one-week draft solved briefly over the REST API: its schedules become a round's lines. */
    private static long solvedDraft(LocalDate monday) throws Exception {
        long id = JSON.readTree(send("planner", "POST", "/api/v1/rosters", "{\"firstDay\":\"" + monday + "\",\"weeks\":1}",
                201)).get("id").asLong();
        send("planner", "POST", "/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=3", null, 202);
        Awaitility.await("the draft solved").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> JSON.readTree(send("planner", "GET", "/api/v1/rosters/" + id, null, 200)).get("status")
                        .asString().equals("DONE"));
        return id;
    }

    private static String send(String user, String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + Browsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("X-Frontline-Request", "1").timeout(Duration.ofMinutes(2));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    /**
     * Clicks a button wherever the page's own scroller has it: the app layout scrolls its content area, not the window,
     * so a plain click may land on whatever covers the window's bottom.
     */
    private static void click(WebDriver browser, By button) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(d -> {
            js(d, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", d.findElement(button));
            return true;
        });
    }

    private static Object js(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void assertNoHorizontalScroll(WebDriver browser) {
        Object wider = js(browser, "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        assertThat(wider).as("the page scrolls sideways at 390 px").isEqualTo(false);
    }
}
