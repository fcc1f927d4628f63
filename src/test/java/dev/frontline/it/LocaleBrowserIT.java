package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.json.JsonMapper;

/**
 * Each role's short path in a browser set to Turkish, Polish and British English: the pages must read in that
 * language, with no key left untranslated ("!tr: roster.title") and no sentence of the English bundle on a Turkish or
 * Polish page. The engines' own sentences count as page text like any other: the forecast's "how it was made", the
 * roster's rule costs and reasons. Every other page of each role (HR's training, attrition, quality and capacity
 * pages among them) is read for the same faults. Every agent page at 390 px must fit the screen. The pictures of
 * docs/user-guide.md are taken here (in English, and one HR, one agent and one planner page in Turkish and Polish).
 */
class LocaleBrowserIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PackagedApp app;

    /** role user, where they land, more pages of theirs: the pages the user guide pictures */
    private static final List<List<String>> PATHS = List.of(
            List.of("planner", "/planner", "/forecast", "/roster", "/capacity"),
            List.of("hr.lead", "/attrition", "/hr", "/training"),
            List.of("agent.ist", "/me", "/me"));

    /**
     * Every other page of each role, read for the same faults (no picture): HR's training, attrition, quality and
     * capacity pages, the planner's newer ones, the agent's self-service, the administrator's users.
     */
    private static final Map<String, List<String>> MORE_PAGES = Map.of(
            "hr.lead", List.of("/attrition/exits", "/attrition/survival", "/attrition/forecast",
                    "/training/enrolments", "/training/supply", "/speed-quality", "/plan-vs-actual", "/capacity",
                    "/forecast/long-range"),
            "planner", List.of("/requirements", "/roster-weights", "/inbox", "/open-shifts", "/shift-bids",
                    "/preferences", "/time-off-allowances", "/imports", "/agents", "/api-tokens"),
            "agent.ist", List.of("/me/time-off", "/me/office-days", "/me/swaps", "/me/open-shifts", "/me/shift-bids",
                    "/me/wishes", "/me/training", "/me/kpis"),
            "admin", List.of("/admin/users"));

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
        solvedRoster();
    }

    /**
     * The demo centre has requirements but no roster: a one-week draft of next week, solved briefly over the REST API,
     * gives the roster page rules to explain (the newest version is the one the page shows).
     */
    private static void solvedRoster() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        HttpResponse<String> draft = http.send(api("/api/v1/rosters").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firstDay\":\"" + monday + "\",\"weeks\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long id = JSON.readTree(draft.body()).get("id").asLong();
        HttpResponse<String> solve = http.send(api("/api/v1/rosters/" + id + "/solve?config=roster-quick&seconds=3")
                .header("X-Frontline-Request", "1").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(solve.statusCode()).as(solve.body()).isEqualTo(202);
        Awaitility.await("the roster solved").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> JSON.readTree(http.send(api("/api/v1/rosters/" + id).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body()).get("status").asString().equals("DONE"));
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("planner:" + Browsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @CsvSource({"tr-TR,tr", "pl-PL,pl", "en-GB,en"})
    void everyRoleReadsItsPagesInTheBrowsersLanguage(String languageTag, String language) throws Exception {
        Map<String, String> english = bundle("");
        Map<String, String> translated = language.equals("en") ? english : bundle("_" + language);
        for (List<String> path : PATHS) {
            String user = path.get(0);
            WebDriver browser = Browsers.open(languageTag, 1280, 900);
            try {
                browser.get(app.baseUrl() + "/login");
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(d -> d.findElement(By.id("login-form")));
                assertThat(pageText(browser)).as("sign-in page in " + languageTag)
                        .contains(translated.get("login.tagline"));
                Browsers.signIn(browser, app, user, Browsers.PASSWORD);
                for (String page : path.subList(1, path.size())) {
                    if (!Browsers.at(browser, page)) {
                        browser.get(app.baseUrl() + page);
                    }
                    Browsers.awaitOrScreenshot(browser, user + "-" + language + page.replace('/', '-'),
                            () -> wait.until(d -> Browsers.at(d, page)
                                    && !d.findElements(By.id("main-nav")).isEmpty()));
                    Thread.sleep(1500); // let the view's data and charts arrive
                    if (page.equals("/forecast")) {
                        assertThat(elementText(browser, "forecast-explanation")).as("the forecast's explanation in " + languageTag)
                                .contains(translated.get("forecast.explain.formula").replace("{0}", "").strip());
                    }
                    if (page.equals("/roster")) {
                        showRosterExplanation(browser, translated, wait, language);
                    }
                    String text = pageText(browser);
                    assertThat(text).as(user + " " + page + " in " + languageTag).doesNotContain("!" + language + ": ");
                    if (!language.equals("en")) {
                        assertThat(englishSentences(text, english, translated))
                                .as("English sentences on " + page + " for " + user + " in " + languageTag).isEmpty();
                    }
                    shoot(browser, user, language, page);
                }
            } finally {
                browser.quit();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"tr-TR,tr", "pl-PL,pl"})
    void everyOtherPageOfEachRoleReadsInTheBrowsersLanguage(String languageTag, String language) throws Exception {
        Map<String, String> english = bundle("");
        Map<String, String> translated = bundle("_" + language);
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : new TreeMap<>(MORE_PAGES).entrySet()) {
            WebDriver browser = Browsers.open(languageTag, 1280, 900);
            try {
                Browsers.signIn(browser, app, role.getKey(), Browsers.PASSWORD);
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
                wait.until(d -> !Browsers.at(d, "/login") && !d.findElements(By.id("main-nav")).isEmpty());
                for (String page : role.getValue()) {
                    browser.get(app.baseUrl() + page);
                    Browsers.awaitOrScreenshot(browser, role.getKey() + "-" + language + page.replace('/', '-'),
                            () -> wait.until(d -> Browsers.at(d, page)
                                    && !d.findElements(By.id("main-nav")).isEmpty()));
                    Thread.sleep(1500); // let the view's data and charts arrive
                    String text = pageText(browser);
                    if (text.contains("!" + language + ": ")) {
                        faults.add(role.getKey() + " " + page + ": an untranslated key");
                    }
                    englishSentences(text, english, translated)
                            .forEach(sentence -> faults.add(role.getKey() + " " + page + ": " + sentence));
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(faults).as("untranslated keys and English sentences in " + languageTag).isEmpty();
    }

    @Test
    void everyAgentPageFitsA390PixelPhone() throws Exception {
        WebDriver browser = Browsers.open("tr-TR", 390, 844);
        try {
            Browsers.signIn(browser, app, "agent.ist", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "agent-390", () -> wait.until(d -> Browsers.at(d, "/me")));
            List<String> pages = new ArrayList<>(List.of("/me"));
            pages.addAll(MORE_PAGES.get("agent.ist"));
            for (String page : pages) {
                if (!Browsers.at(browser, page)) {
                    browser.get(app.baseUrl() + page);
                }
                Browsers.awaitOrScreenshot(browser, "agent-390" + page.replace('/', '-'), () -> wait.until(d ->
                        Browsers.at(d, page) && !d.findElements(By.id("main-nav")).isEmpty()));
                Thread.sleep(1500);
                if (page.equals("/me")) {
                    Browsers.screenshot(browser, "agent-390");
                }
                Browsers.assertFits(browser, page);
            }
        } finally {
            browser.quit();
        }
    }

    /** English bundle sentences (three words or more, between arguments) that the page shows although translated. */
    static List<String> englishSentences(String page, Map<String, String> english, Map<String, String> translated) {
        List<String> found = new ArrayList<>();
        english.forEach((key, value) -> {
            String other = translated.get(key);
            if (other == null || other.equals(value) || value.contains("plural")) {
                return;
            }
            for (String piece : value.replace("''", "'").split("\\{[^}]*\\}")) {
                String sentence = piece.strip();
                if (sentence.split("\\s+").length >= 3 && sentence.length() >= 15 && page.contains(sentence)) {
                    found.add(key + ": " + sentence);
                }
            }
        });
        return found;
    }

    private static void shoot(WebDriver browser, String user, String language, String page) throws Exception {
        String role = user.contains(".") ? user.substring(0, user.indexOf('.')) : user;
        if (language.equals("en")) {
            Browsers.guideScreenshot(browser, role + page.replace('/', '-'));
        } else if (page.equals(firstPage(user))) {
            Browsers.guideScreenshot(browser, role + "-" + language);
        }
        Browsers.screenshot(browser, role + "-" + language + page.replace('/', '-'));
    }

    private static String firstPage(String user) {
        return PATHS.stream().filter(p -> p.get(0).equals(user)).findFirst().orElseThrow().get(1);
    }

    /**
     * Opens the roster's explanation tab and waits for its rule costs: the engine's reasons (rule, cost, why) must read
     * in the page's language like every other text.
     */
    private static void showRosterExplanation(WebDriver browser, Map<String, String> translated, WebDriverWait wait,
            String language) throws Exception {
        String tab = translated.get("roster.tab.explanation");
        ((JavascriptExecutor) browser).executeScript("""
                const tab = [...document.querySelectorAll('vaadin-tab')].find(t => t.textContent.trim() === arguments[0]);
                if (tab) { tab.click(); }""", tab);
        Browsers.awaitOrScreenshot(browser, "roster-explanation", () -> wait.until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("const g = document.getElementById('roster-explanation-constraints');"
                        + " return g ? (g.size || 0) : 0;")).intValue() > 0));
        Thread.sleep(1000);
        String costs = elementText(browser, "roster-explanation-constraints");
        assertThat(costs).as("costs in words, not the solver's score").doesNotContain("hard/").doesNotContain("soft/");
        if (!language.equals("en")) {
            assertThat(costs).as("rule names in the page's language").doesNotContain("Interval under-coverage")
                    .doesNotContain("Understaffed intervals").doesNotContain("Minimum rest between shifts");
        }
    }

    private static String elementText(WebDriver browser, String id) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return text == null || text.toString().isEmpty() ? "\u0000" : text.toString();
    }

    private static String pageText(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
    }

    private static Map<String, String> bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocaleBrowserIT.class.getResourceAsStream("/vaadin-i18n/translations" + suffix
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }
}
