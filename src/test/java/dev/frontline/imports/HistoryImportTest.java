package dev.frontline.imports;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.imports.ImportFixtures.auditEvents;
import static dev.frontline.imports.ImportFixtures.csv;
import static dev.frontline.imports.ImportFixtures.historyRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The history import: a good file lands once, a re-import changes nothing, and every kind of bad file is refused with
 * messages that name line and column while the database keeps no trace of it.
 */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class HistoryImportTest {

    private static final String HEADER = "interval_start,queue,offered,handled,abandoned,aht_seconds\n";

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;

    private ImportResult run(String file, boolean commit) {
        return imports.importFile(ImportKind.HISTORY, csv(file), file.length(), HistoryOptions.NONE, commit,
                Progress.NONE, Cancellation.NONE);
    }

    /** Quarter-hours of a local day in the zone, as an ACD writes them (local times, no offsets). */
    private static String day(String queue, LocalDate date, ZoneId zone, int minutes) {
        StringBuilder file = new StringBuilder(HEADER);
        ZonedDateTime t = date.atStartOfDay(zone);
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        while (t.toLocalDate().equals(date)) {
            file.append(t.toLocalDateTime().format(local)).append(',').append(queue).append(",10,9,1,180.5\n");
            t = t.plus(Duration.ofMinutes(minutes));
        }
        return file.toString();
    }

    @Test
    void aGoodFileIsStoredOnceAndReimportingItChangesNothing() {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        String file = day(queue, LocalDate.of(2025, 6, 2), ZoneId.of("Europe/Warsaw"), 15);

        ImportResult preview = run(file, false);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.committed()).isFalse();
        assertThat(preview.created()).isEqualTo(96);
        assertThat(historyRows(ctx, queue)).isZero();

        int eventsBefore = auditEvents(ctx);
        ImportResult commit = run(file, true);
        assertThat(commit.committed()).isTrue();
        assertThat(commit.created()).isEqualTo(96);
        assertThat(historyRows(ctx, queue)).isEqualTo(96);
        assertThat(auditEvents(ctx)).isEqualTo(eventsBefore + 1);

        ImportResult again = run(file, true);
        assertThat(again.created()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(96);
        assertThat(auditEvents(ctx)).isEqualTo(eventsBefore + 1);

        ImportResult changed = run(file.replace("2025-06-02T08:00," + queue + ",10,9,1,180.5",
                "2025-06-02T08:00," + queue + ",12,11,1,175"), true);
        assertThat(changed.changed()).isEqualTo(1);
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(34);
            assertThat(c.details()).contains("offered: 10 → 12").contains("aht_seconds: 180.5 → 175");
        });
        assertThat(ctx.select(INTERVAL_HISTORY.OFFERED).from(INTERVAL_HISTORY).join(QUEUE)
                .on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)).where(QUEUE.CODE.eq(queue))
                .and(INTERVAL_HISTORY.INTERVAL_START.eq(LocalDateTime.of(2025, 6, 2, 8, 0)
                        .atZone(ZoneId.of("Europe/Warsaw")).toOffsetDateTime()))
                .fetchSingle(INTERVAL_HISTORY.OFFERED)).isEqualTo(12);
    }

    @Test
    void daylightSavingDaysHave92And100QuarterHours() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        String queue = ImportFixtures.queue(ctx, warsaw.getId());
        ImportResult spring = run(day(queue, LocalDate.of(2025, 3, 30), warsaw, 15), true);
        assertThat(spring.errors()).isEmpty();
        assertThat(spring.created()).isEqualTo(92);
        ImportResult autumn = run(day(queue, LocalDate.of(2025, 10, 26), warsaw, 15), true);
        assertThat(autumn.errors()).isEmpty();
        assertThat(autumn.created()).isEqualTo(100);
        assertThat(historyRows(ctx, queue)).isEqualTo(192);
        // the repeated 02:00–02:45 are an hour apart: file order, first the summer-time hour
        assertThat(ctx.fetchCount(INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)),
                QUEUE.CODE.eq(queue).and(INTERVAL_HISTORY.INTERVAL_START.between(
                        java.time.OffsetDateTime.parse("2025-10-26T00:00Z"), java.time.OffsetDateTime.parse("2025-10-26T01:45Z")))))
                .isEqualTo(8);

        String skipped = HEADER + "2025-03-30T02:15," + queue + ",1,1,0,100\n";
        assertThat(run(skipped, true).errors()).extracting(ImportError::describe)
                .containsExactly("line 2, column interval_start: '2025-03-30T02:15' does not exist in Europe/Warsaw: "
                        + "clocks jump from 02:00 to 03:00 that day");
    }

    @Test
    void everyAllowedGrainIsDetectedFromTheFile() {
        ZoneId zone = ZoneId.of("Europe/London");
        for (int grain : new int[] {5, 6, 30, 60}) {
            String queue = ImportFixtures.queue(ctx, zone.getId());
            ImportResult result = run(day(queue, LocalDate.of(2025, 5, 5), zone, grain), true);
            assertThat(result.errors()).as("grain " + grain).isEmpty();
            assertThat(result.created()).isEqualTo(1440 / grain);
            assertThat(ctx.selectDistinct(INTERVAL_HISTORY.INTERVAL_MINUTES).from(INTERVAL_HISTORY).join(QUEUE)
                    .on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)).where(QUEUE.CODE.eq(queue))
                    .fetchSingle(INTERVAL_HISTORY.INTERVAL_MINUTES)).isEqualTo((short) grain);
        }
    }

    @Test
    void aSemicolonHeaderReadsDecimalCommas() {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        String file = "interval_start;queue;offered;handled;abandoned;aht_seconds;asa_seconds;service_level_percent\n"
                + "2025-06-03T08:00;" + queue + ";10;9;1;180,5;12,25;81,5\n"
                + "2025-06-03T08:15;" + queue + ";11;10;1;181,5;;\n";
        ImportResult result = run(file, true);
        assertThat(result.errors()).isEmpty();
        assertThat(ctx.select(INTERVAL_HISTORY.AHT_SECONDS).from(INTERVAL_HISTORY).join(QUEUE)
                .on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)).where(QUEUE.CODE.eq(queue))
                .orderBy(INTERVAL_HISTORY.INTERVAL_START).limit(1).fetchSingle(INTERVAL_HISTORY.AHT_SECONDS))
                .isEqualByComparingTo("180.5");
    }

    @Test
    void badFilesAreRefusedWithLineColumnAndReasonAndLeaveNoTrace() {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        String good = "2025-06-04T08:00," + queue + ",10,9,1,180\n";
        assertRefused(queue, "interval_start,queue,offered,handled,abandoned,aht_seconds,colour\n" + good,
                "line 1, column colour: unknown column");
        assertRefused(queue, "interval_start,queue,offered,handled,aht_seconds\n2025-06-04T08:00," + queue + ",10,9,180\n",
                "line 1, column abandoned: missing column");
        assertRefused(queue, HEADER + good + "2025-06-04T08:15," + queue + ",ten,9,1,180\n",
                "line 3, column offered: 'ten' is not a whole number");
        assertRefused(queue, HEADER + good + "2025-06-04T08:15," + queue + ",10,-9,1,180\n",
                "line 3, column handled: -9 is negative; must be at least 0");
        assertRefused(queue, HEADER + good + "2025-06-04T08:15,NO_SUCH_QUEUE,10,9,1,180\n",
                "line 3, column queue: unknown queue 'NO_SUCH_QUEUE'");
        assertRefused(queue, HEADER + good + "2025-06-04T08:15," + queue + ",10,9,1,180\n" + good,
                "line 4, column interval_start: duplicate interval: line 2 has the same queue and start");
        assertRefused(queue, HEADER + good + "2025-06-04T08:15," + queue + ",10,9,1,180\n"
                        + "2025-06-04T08:30," + queue + ",10,9,1,180\n2025-06-04T08:50," + queue + ",10,9,1,180\n",
                "line 5, column interval_start: starts at 08:50, not on the 15-minute grain of queue " + queue);
    }

    @Test
    void aGrainThatOverlapsStoredRowsOfAnotherGrainIsRefused() {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        assertThat(run(day(queue, LocalDate.of(2025, 6, 5), zone, 15), true).committed()).isTrue();
        String hours = HEADER + "2025-06-05T08:00," + queue + ",40,36,4,180\n2025-06-05T09:00," + queue + ",40,36,4,180\n";
        int before = historyRows(ctx, queue);
        ImportResult result = run(hours, true);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(ImportError::describe).first().asString()
                .startsWith("line 2, column interval_start: overlaps the stored 15-minute interval starting 2025-06-05T08:00");
        assertThat(historyRows(ctx, queue)).isEqualTo(before);
    }

    @Test
    void everyBadRowIsReportedNotJustTheFirst() {
        String queue = ImportFixtures.queue(ctx, "Europe/Warsaw");
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 600; i++) {
            file.append("2025-06-06T08:00,").append(queue).append(",x,9,1,180\n");
        }
        ImportResult result = run(file.toString(), true);
        assertThat(result.errorCount()).isEqualTo(600);
        assertThat(result.errors()).hasSize(500);
        assertThat(historyRows(ctx, queue)).isZero();
    }

    @Test
    void exportThenImportChangesNothing() {
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        String queue = ImportFixtures.queue(ctx, zone.getId());
        assertThat(run(day(queue, LocalDate.of(2025, 10, 26), zone, 15), true).created()).isEqualTo(100);
        StringWriter out = new StringWriter();
        imports.exportHistory(queue, null, null, out);
        assertThat(out.toString()).startsWith("interval_start,queue,offered,handled,abandoned,aht_seconds,asa_seconds,"
                + "service_level_percent\n2025-10-26T00:00+02:00," + queue + ",10,9,1,180.5,,\n");
        ImportResult again = run(out.toString(), true);
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(100);
        assertThat(again.created() + again.changed()).isZero();
    }

    @Test
    @WithUserDetails("hr.lead")
    void hrCannotImport() {
        assertThatThrownBy(() -> run(HEADER, true)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(String queue, String file, String expectedStart) {
        int before = historyRows(ctx, queue);
        int events = auditEvents(ctx);
        ImportResult result = run(file, true);
        assertThat(result.committed()).as(expectedStart).isFalse();
        assertThat(result.errors()).extracting(ImportError::describe).as(file)
                .anySatisfy(message -> assertThat(message).startsWith(expectedStart));
        assertThat(historyRows(ctx, queue)).isEqualTo(before);
        assertThat(auditEvents(ctx)).isEqualTo(events);
    }
}
