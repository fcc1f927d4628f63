package dev.frontline.imports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.cli.FrontlineCli;
import dev.frontline.db.enums.ChannelType;

/** {@code import ...} on the command line: the service's checks and messages, exit code 2 for a refused file. */
class ImportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static int count(org.jooq.Condition condition, org.jooq.Table<?> table) {
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            return context.getBean(DSLContext.class).fetchCount(table, condition);
        }
    }

    @Test
    void contractsAreImportedAndABadFileIsRefusedWithExitCode2() throws Exception {
        String code = "CLI" + System.nanoTime() % 100_000;
        Path good = Files.writeString(dir.resolve("contracts.csv"),
                "code,name,min_minutes_per_week,max_minutes_per_week\n" + code + ",From the CLI,600,1200\n");
        assertThat(run("import", "contracts", good.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("1 rows, 1 new, 0 changed, 0 unchanged (dry run: nothing written)");
        assertThat(count(CONTRACT.CODE.eq(code), CONTRACT)).isZero();

        assertThat(run("import", "contracts", good.toString())).isZero();
        assertThat(count(CONTRACT.CODE.eq(code), CONTRACT)).isEqualTo(1);

        Path bad = Files.writeString(dir.resolve("bad.csv"),
                "code,name,min_minutes_per_week,max_minutes_per_week\n" + code + "X,Bad,600,-5\n" + code + "Y,Bad,x,60\n");
        assertThat(run("import", "contracts", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2, column max_minutes_per_week: -5 is negative; must be at least 1")
                .contains("line 3, column min_minutes_per_week: 'x' is not a whole number")
                .contains("refused: 2 errors; nothing was imported");
        assertThat(count(CONTRACT.CODE.startsWith(code + "X").or(CONTRACT.CODE.startsWith(code + "Y")), CONTRACT)).isZero();
    }

    @Test
    void aPolishFileIsRefusedAsUtf8AndImportedWithCharset() throws Exception {
        String code = "CLIPL" + System.nanoTime() % 100_000;
        Path file = dir.resolve("umowy.csv");
        Files.write(file, ("code,name,min_minutes_per_week,max_minutes_per_week\n" + code + ",Pełny etat – zmiana łączona,0,2400\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));
        assertThat(run("import", "contracts", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2: the file is not valid UTF-8 (byte 0xB3)");

        assertThat(run("import", "contracts", file.toString(), "--charset", "windows-1250")).isZero();
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            assertThat(context.getBean(DSLContext.class).select(CONTRACT.NAME).from(CONTRACT).where(CONTRACT.CODE.eq(code))
                    .fetchSingle(CONTRACT.NAME)).isEqualTo("Pełny etat – zmiana łączona");
        }
    }

    @Test
    void historyForOneQueueWithATimeZone() throws Exception {
        String queue = "CLIQ_" + System.nanoTime() % 100_000;
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            DSLContext ctx = context.getBean(DSLContext.class);
            Long skill = ctx.select(SKILL.ID).from(SKILL).limit(1).fetchOne(SKILL.ID);
            if (skill == null) {
                skill = ctx.insertInto(SKILL).set(SKILL.CODE, "CLI_SKILL").set(SKILL.NAME, "CLI").returning(SKILL.ID)
                        .fetchSingle(SKILL.ID);
            }
            ctx.insertInto(QUEUE).set(QUEUE.CODE, queue).set(QUEUE.NAME, "CLI").set(QUEUE.CHANNEL, ChannelType.VOICE)
                    .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/London")
                    .set(QUEUE.COUNTRY_CODE, "GB").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                    .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        }
        try {
            Path file = Files.writeString(dir.resolve("history.csv"), "interval_start,offered,handled,abandoned,aht_seconds\n"
                    + "2025-01-06T09:00,4,4,0,200\n2025-01-06T09:30,5,5,0,190\n");
            assertThat(run("import", "history", file.toString(), "--queue", queue, "--time-zone", "Asia/Tokyo")).isZero();
            assertThat(out.toString()).contains("2 rows, 2 new");
            assertThat(count(QUEUE.CODE.eq(queue).and(INTERVAL_HISTORY.INTERVAL_START.eq(
                    java.time.OffsetDateTime.parse("2025-01-06T00:00Z"))), INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID))))
                    .isEqualTo(1);

            assertThat(run("import", "history", file.toString(), "--queue", "NO_SUCH_QUEUE")).isEqualTo(2);
            assertThat(err.toString()).contains("unknown queue 'NO_SUCH_QUEUE'");
        } finally {
            // the shared test database keeps no queue without weeks of history: pages that plan every queue refuse it
            try (ConfigurableApplicationContext context = ImportCliContext.start()) {
                DSLContext ctx = context.getBean(DSLContext.class);
                ctx.deleteFrom(INTERVAL_HISTORY).where(INTERVAL_HISTORY.QUEUE_ID.in(
                        DSL.select(QUEUE.ID).from(QUEUE).where(QUEUE.CODE.eq(queue)))).execute();
                ctx.deleteFrom(QUEUE).where(QUEUE.CODE.eq(queue)).execute();
            }
        }
    }
}
