package dev.frontline.it;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.testing.ScratchDatabase;

/** A planner uploads a small history file in a real browser, previews it, imports it, and the rows are stored. */
class ImportBrowserIT {

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        app = SharedDemoApp.get();
    }

    @Test
    void aPlannerUploadsPreviewsAndImportsHistory() throws Exception {
        String queue = "IMPBR_" + System.nanoTime() % 1_000_000L;
        try {
            uploadPreviewAndImport(queue);
        } finally {
            removeQueue(queue);
        }
    }

    /** The shared app's other tests roster every queue, and this one has no requirements. */
    private static void removeQueue(String queue) throws Exception {
        try (Connection connection = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
            ctx.deleteFrom(INTERVAL_HISTORY).where(INTERVAL_HISTORY.QUEUE_ID.in(
                    ctx.select(QUEUE.ID).from(QUEUE).where(QUEUE.CODE.eq(queue)))).execute();
            ctx.deleteFrom(QUEUE).where(QUEUE.CODE.eq(queue)).execute();
        }
    }

    private void uploadPreviewAndImport(String queue) throws Exception {
        try (Connection connection = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
            long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
            ctx.insertInto(QUEUE).set(QUEUE.CODE, queue).set(QUEUE.NAME, "Browser import").set(QUEUE.CHANNEL, ChannelType.VOICE)
                    .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/London")
                    .set(QUEUE.COUNTRY_CODE, "GB").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                    .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        }
        Path file = Files.createTempFile("history", ".csv");
        Files.writeString(file, "interval_start,queue,offered,handled,abandoned,aht_seconds\n"
                + "2025-04-07T09:00," + queue + ",7,7,0,200\n2025-04-07T09:15," + queue + ",8,7,1,190\n");

        WebDriver browser = Browsers.open();
        try {
            Browsers.signIn(browser, app, "planner", Browsers.PASSWORD);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browsers.awaitOrScreenshot(browser, "import-sign-in", () -> wait.until(d -> Browsers.at(d, "/planner")));
            browser.get(app.baseUrl() + "/imports");
            WebElement upload = wait.until(d -> d.findElement(By.id("import-upload")));
            WebElement input = wait.until(d -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(file.toAbsolutePath().toString());
            wait.until(d -> d.findElement(By.id("import-file")).getText().contains("history"));

            WebElement preview = browser.findElement(By.id("import-preview"));
            wait.until(d -> preview.isEnabled() && preview.getAttribute("disabled") == null);
            preview.click();
            Browsers.awaitOrScreenshot(browser, "import-preview",
                    () -> wait.until(d -> d.findElement(By.id("import-summary")).getText().contains("2 new")));
            Browsers.screenshot(browser, "import-preview");

            WebElement commit = browser.findElement(By.id("import-commit"));
            wait.until(d -> commit.getAttribute("disabled") == null);
            commit.click();
            Browsers.awaitOrScreenshot(browser, "import-commit",
                    () -> wait.until(d -> d.findElement(By.id("import-summary")).getText().startsWith("Imported 2 rows")));
            Browsers.screenshot(browser, "import-committed");
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }
        try (Connection connection = DriverManager.getConnection(SharedDemoApp.databaseUrl(), ScratchDatabase.USER,
                ScratchDatabase.PASSWORD)) {
            DSLContext ctx = DSL.using(connection, SQLDialect.POSTGRES);
            assertThat(ctx.fetchCount(INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)),
                    QUEUE.CODE.eq(queue))).isEqualTo(2);
        }
    }
}
