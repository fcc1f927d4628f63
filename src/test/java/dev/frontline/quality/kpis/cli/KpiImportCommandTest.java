package dev.frontline.quality.kpis.cli;

import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.QUEUE_INTERVAL_SERVICE;
import static dev.frontline.db.Tables.SKILL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.cli.FrontlineCli;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.imports.cli.ImportCliContext;

/**
 * {@code import queue-service FILE} and {@code import agent-kpis FILE} on the command line: the service's checks and
 * messages, exit code 2 for a refused file.
 */
class KpiImportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return FrontlineCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static String emailQueue() {
        String queue = "CLIS_" + System.nanoTime() % 100_000;
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            DSLContext ctx = context.getBean(DSLContext.class);
            Long skill = ctx.select(SKILL.ID).from(SKILL).limit(1).fetchOne(SKILL.ID);
            if (skill == null) {
                skill = ctx.insertInto(SKILL).set(SKILL.CODE, "CLI_SKILL").set(SKILL.NAME, "CLI").returning(SKILL.ID)
                        .fetchSingle(SKILL.ID);
            }
            ctx.insertInto(QUEUE).set(QUEUE.CODE, queue).set(QUEUE.NAME, "CLI").set(QUEUE.CHANNEL, ChannelType.EMAIL)
                    .set(QUEUE.LANGUAGE, "pl").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/Warsaw")
                    .set(QUEUE.COUNTRY_CODE, "PL").set(QUEUE.RESPONSE_GOAL_HOURS, new BigDecimal("12")).execute();
        }
        return queue;
    }

    private static int stored(String queue) {
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            return context.getBean(DSLContext.class).fetchCount(QUEUE_INTERVAL_SERVICE.join(QUEUE)
                    .on(QUEUE.ID.eq(QUEUE_INTERVAL_SERVICE.QUEUE_ID)), QUEUE.CODE.eq(queue));
        }
    }

    /**
     * Drops the test's queue again: run before the demo centre exists, a queue without contact history would stop the
     * demo's roster seeder, which forecasts every queue.
     */
    private static void drop(String queue) {
        try (ConfigurableApplicationContext context = ImportCliContext.start()) {
            context.getBean(DSLContext.class).deleteFrom(QUEUE).where(QUEUE.CODE.eq(queue)).execute();
        }
    }

    @Test
    void queueServiceIsImportedAndAWrongMeasureRefusedWithExitCode2() throws Exception {
        String queue = emailQueue();
        try {
            importAndRefuse(queue);
        } finally {
            drop(queue);
        }
    }

    private void importAndRefuse(String queue) throws Exception {
        Path good = Files.writeString(dir.resolve("service.csv"), "queue,interval_start,interval_minutes,"
                + "first_response_seconds,reply_rate_percent,resolution_rate_percent\n"
                + queue + ",2025-03-03T09:00,60,5400,96,71\n" + queue + ",2025-03-03T10:00,60,6100,95,70\n");
        assertThat(run("import", "queue-service", good.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("2 rows, 2 new, 0 changed, 0 unchanged (dry run: nothing written)");
        assertThat(stored(queue)).isZero();
        assertThat(run("import", "queue-service", good.toString())).isZero();
        assertThat(stored(queue)).isEqualTo(2);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "queue,interval_start,interval_minutes,"
                + "service_level_percent,first_response_seconds,reply_rate_percent,resolution_rate_percent\n"
                + queue + ",2025-03-04T09:00,60,80,5400,96,71\n");
        assertThat(run("import", "queue-service", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2, column service_level_percent: queue " + queue + " (Email) is "
                + "deferred work: service_level_percent is measured on real-time queues only")
                .contains("refused: 1 errors; nothing was imported");
        assertThat(stored(queue)).isEqualTo(2);
    }

    @Test
    void agentKpisOfAnUnknownAgentAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("kpis.csv"),
                "employee_number,date,contacts_handled,aht_seconds\nNOBODY-9,2025-03-03,40,300\n");
        assertThat(run("import", "agent-kpis", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("line 2, column employee_number: unknown agent 'NOBODY-9'");
    }
}
