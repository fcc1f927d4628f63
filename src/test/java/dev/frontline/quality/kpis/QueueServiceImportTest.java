package dev.frontline.quality.kpis;

import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.QUEUE_INTERVAL_SERVICE;
import static dev.frontline.quality.kpis.KpiFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;

/**
 * The queue service import on the real database: real-time and deferred queues each with their own measures, local
 * times in the queue's zone, re-imports replacing intervals, and every bad row refused naming line and column.
 */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class QueueServiceImportTest {

    static final String HEADER = "queue,interval_start,interval_minutes,staffed_agents,service_level_percent,"
            + "asa_seconds,abandon_percent,first_response_seconds,reply_wait_seconds,reply_rate_percent,"
            + "resolution_rate_percent\n";

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;

    @AfterEach
    void removeFixtures() {
        KpiFixtures.removeAll(ctx);
    }

    private ImportResult run(String file, boolean commit) {
        return imports.importFile(ImportKind.QUEUE_SERVICE, csv(file), file.length(), HistoryOptions.NONE, commit,
                Progress.NONE, Cancellation.NONE);
    }

    private int stored(String queue) {
        return ctx.fetchCount(QUEUE_INTERVAL_SERVICE.join(QUEUE).on(QUEUE.ID.eq(QUEUE_INTERVAL_SERVICE.QUEUE_ID)),
                QUEUE.CODE.eq(queue));
    }

    @Test
    void realTimeAndDeferredQueuesAreStoredInTheirZoneAndAReimportReplacesWhatDiffers() {
        String voice = KpiFixtures.queue(ctx, ChannelType.VOICE, "Europe/Warsaw");
        String chat = KpiFixtures.queue(ctx, ChannelType.CHAT, "Europe/Istanbul");
        String email = KpiFixtures.queue(ctx, ChannelType.EMAIL, "Europe/Warsaw");
        String file = HEADER
                + voice + ",2025-03-03T09:00,15,12.5,82.3,14,3.1,,,,\n"
                + voice + ",2025-03-03T09:15,,11,78,19.5,4,,,,\n"
                // chat is answered live and written: both kinds of measure
                + chat + ",2025-03-03 09:00,15,6,79,35,4.5,40,90,98,65\n"
                + email + ",2025-03-03T09:00,60,4,,,,5400,,96,71\n"
                + email + ",2025-03-03T10:00+01:00,60,4,,,,6100,7200,95,70\n";

        ImportResult preview = run(file, false);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.created()).isEqualTo(5);
        assertThat(stored(voice)).isZero();

        ImportResult commit = run(file, true);
        assertThat(commit.committed()).isTrue();
        assertThat(stored(voice)).isEqualTo(2);
        assertThat(stored(chat)).isEqualTo(1);
        assertThat(stored(email)).isEqualTo(2);
        // 09:00 in Warsaw in March is 08:00 UTC; the 15-minute grain is the default
        var first = ctx.select(QUEUE_INTERVAL_SERVICE.INTERVAL_MINUTES, QUEUE_INTERVAL_SERVICE.SERVICE_LEVEL_PERCENT)
                .from(QUEUE_INTERVAL_SERVICE).join(QUEUE).on(QUEUE.ID.eq(QUEUE_INTERVAL_SERVICE.QUEUE_ID))
                .where(QUEUE.CODE.eq(voice))
                .and(QUEUE_INTERVAL_SERVICE.INTERVAL_START.eq(OffsetDateTime.parse("2025-03-03T08:15Z"))).fetchSingle();
        assertThat(first.value1()).isEqualTo((short) 15);
        assertThat(first.value2()).isEqualByComparingTo("78");

        ImportResult again = run(file, true);
        assertThat(again.created()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);

        ImportResult replaced = run(file.replace(voice + ",2025-03-03T09:15,,11,78,19.5,4,,,,",
                voice + ",2025-03-03T09:15,,11,74.5,25,4,,,,"), true);
        assertThat(replaced.changed()).isEqualTo(1);
        assertThat(replaced.changes()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(3);
            assertThat(c.key()).isEqualTo(voice + " 2025-03-03T09:15+01:00");
            assertThat(c.details()).isEqualTo("service_level_percent: 78 → 74.5; asa_seconds: 19.5 → 25");
        });
        assertThat(stored(voice)).isEqualTo(2);
    }

    @Test
    void aFallBackHourIsReadInFileOrder() {
        String voice = KpiFixtures.queue(ctx, ChannelType.VOICE, "Europe/Warsaw");
        ImportResult result = run(HEADER
                + voice + ",2025-10-26T02:00,60,3,90,5,1,,,,\n"
                + voice + ",2025-10-26T02:00,60,2,85,8,2,,,,\n"
                + voice + ",2025-10-26T02:00,60,2,85,8,2,,,,\n", true);
        assertThat(result.errors()).extracting(ImportError::describe).containsExactly(
                "line 4, column interval_start: duplicate interval: line 3 has queue " + voice + " and this start already");
        ImportResult twice = run(HEADER
                + voice + ",2025-10-26T02:00,60,3,90,5,1,,,,\n"
                + voice + ",2025-10-26T02:00,60,2,85,8,2,,,,\n", true);
        assertThat(twice.committed()).isTrue();
        assertThat(ctx.fetchCount(QUEUE_INTERVAL_SERVICE.join(QUEUE).on(QUEUE.ID.eq(QUEUE_INTERVAL_SERVICE.QUEUE_ID)),
                QUEUE.CODE.eq(voice).and(QUEUE_INTERVAL_SERVICE.INTERVAL_START.in(
                        OffsetDateTime.parse("2025-10-26T00:00Z"), OffsetDateTime.parse("2025-10-26T01:00Z")))))
                .isEqualTo(2);
    }

    @Test
    void aRowErrorReadsInTheReadersLanguageWithItsLineAndColumn() {
        String email = KpiFixtures.queue(ctx, ChannelType.EMAIL, "Europe/Warsaw");
        ImportResult result = run(HEADER + email + ",2025-03-03T10:00,60,4,80,,,5400,,96,71\n", false);
        ImportError error = result.errors().getFirst();
        assertThat(Phrase.of("imports.problem.row", error.line(), error.column(), error.reason())
                .render(Locale.forLanguageTag("pl"))).isEqualTo("wiersz 2, kolumna service_level_percent: kolejka "
                + email + " (E-mail) to praca odroczona: service_level_percent mierzy się tylko w kolejkach czasu "
                + "rzeczywistego; podaj zamiast tego first_response_seconds, reply_rate_percent i "
                + "resolution_rate_percent");
        assertThat(error.message(Locale.forLanguageTag("tr"))).isEqualTo(email + " kuyruğu (E-posta) ertelenmiş "
                + "iştir: service_level_percent yalnızca gerçek zamanlı kuyruklarda ölçülür; bunun yerine "
                + "first_response_seconds, reply_rate_percent ve resolution_rate_percent değerlerini verin");
    }

    /** One bad row after a good one: {V} is a voice queue, {E} an email queue, both in Europe/Warsaw. */
    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("unknown queue", "NO_SUCH_QUEUE,2025-03-03T10:00,15,10,80,20,3,,,,", "queue",
                        "unknown queue 'NO_SUCH_QUEUE'"),
                Arguments.of("service level of 120", "{V},2025-03-03T10:00,15,10,120,20,3,,,,",
                        "service_level_percent", "120 is out of range; allowed 0 to 100"),
                Arguments.of("negative abandonment", "{V},2025-03-03T10:00,15,10,80,20,-1,,,,", "abandon_percent",
                        "-1 is negative; allowed 0 to 100"),
                Arguments.of("negative staffing", "{V},2025-03-03T10:00,15,-2,80,20,3,,,,", "staffed_agents",
                        "-2 is negative; allowed 0 to 999999.99"),
                Arguments.of("voice without ASA", "{V},2025-03-03T10:00,15,10,80,,3,,,,", "asa_seconds",
                        "is empty; queue {V} (Voice) is real-time work, whose rows must give asa_seconds"),
                Arguments.of("voice with a first response time", "{V},2025-03-03T10:00,15,10,80,20,3,60,,,",
                        "first_response_seconds", "queue {V} (Voice) is answered live: first_response_seconds is "
                                + "measured on chat and deferred queues only; leave it empty"),
                Arguments.of("email with a service level", "{E},2025-03-03T10:00,60,4,80,,,5400,,96,71",
                        "service_level_percent", "queue {E} (Email) is deferred work: service_level_percent is "
                                + "measured on real-time queues only; give first_response_seconds, reply_rate_percent, "
                                + "and resolution_rate_percent instead"),
                Arguments.of("email without a first response time", "{E},2025-03-03T10:00,60,4,,,,,,96,71",
                        "first_response_seconds",
                        "is empty; queue {E} (Email) is deferred work, whose rows must give first_response_seconds"),
                Arguments.of("reply rate of 101", "{E},2025-03-03T10:00,60,4,,,,5400,,101,71", "reply_rate_percent",
                        "101 is out of range; allowed 0 to 100"),
                Arguments.of("same queue and start twice", "{V},2025-03-03T09:00,15,10,80,20,3,,,,",
                        "interval_start", "duplicate interval: line 2 has queue {V} and this start already"),
                Arguments.of("same instant with an offset", "{V},2025-03-03T08:00Z,15,10,80,20,3,,,,",
                        "interval_start", "duplicate interval: line 2 has queue {V} and this start already"),
                Arguments.of("off the grain", "{V},2025-03-03T10:10,15,10,80,20,3,,,,", "interval_start",
                        "starts at 10:10 in Europe/Warsaw, not on the 15-minute grain of interval_minutes"),
                Arguments.of("interval of 20 minutes", "{V},2025-03-03T10:00,20,10,80,20,3,,,,", "interval_minutes",
                        "20 is not an allowed interval length; use 5, 6, 15, 30 or 60"),
                Arguments.of("unparseable start", "{V},3/3/2025 10:00,15,10,80,20,3,,,,", "interval_start",
                        "'3/3/2025 10:00' is not an ISO date-time (yyyy-mm-ddThh:mm in the queue's time zone, or with "
                                + "an offset such as +01:00 or Z)"),
                Arguments.of("a time the clocks skip", "{V},2025-03-30T02:15,15,10,80,20,3,,,,", "interval_start",
                        "'2025-03-30T02:15' does not exist in Europe/Warsaw: clocks jump from 02:00 to 03:00 that day"),
                Arguments.of("unparseable number", "{V},2025-03-03T10:00,15,10,80%,20,3,,,,", "service_level_percent",
                        "'80%' is not a number (use a decimal point)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsRefusedNamingLineAndColumnAndNothingIsStored(String name, String row, String column,
                                                               String message) {
        String voice = KpiFixtures.queue(ctx, ChannelType.VOICE, "Europe/Warsaw");
        String email = KpiFixtures.queue(ctx, ChannelType.EMAIL, "Europe/Warsaw");
        String file = HEADER + voice + ",2025-03-03T09:00,15,12,82,14,3,,,,\n"
                + row.replace("{V}", voice).replace("{E}", email) + "\n";
        ImportResult result = run(file, true);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(ImportError::describe).containsExactly("line 3, column " + column
                + ": " + message.replace("{V}", voice).replace("{E}", email));
        assertThat(stored(voice)).isZero();
        assertThat(stored(email)).isZero();
    }
}
