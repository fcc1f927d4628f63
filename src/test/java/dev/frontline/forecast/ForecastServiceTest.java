package dev.frontline.forecast;

import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.SPECIAL_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.forecast.engine.AdjustmentType;
import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.persistence.ForecastAdjustmentRepository;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The forecast service on the demo centre's history: runs, versions, adjustments, events, accuracy and roles. */
@FrontlineIntegrationTest
class ForecastServiceTest {

    private static final String EMAIL_24H_WARSAW = "TECH_PL_EMAIL";
    private static final String VOICE_ISTANBUL = "BILLING_TR_VOICE";

    @Autowired
    UserDetailsService users;
    @Autowired
    ForecastRunService runs;
    @Autowired
    ForecastVersionService versions;
    @Autowired
    ForecastAdjustmentService adjustments;
    @Autowired
    ForecastAllService allQueues;
    @Autowired
    SpecialEventService events;
    @Autowired
    ForecastVersionRepository versionRows;
    @Autowired
    ForecastAdjustmentRepository adjustmentRows;
    @Autowired
    DSLContext db;

    private final List<Long> createdVersions = new ArrayList<>();
    private final List<Long> createdEvents = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        db.deleteFrom(FORECAST_VERSION).where(FORECAST_VERSION.ID.in(createdVersions)).execute();
        db.deleteFrom(SPECIAL_EVENT).where(SPECIAL_EVENT.ID.in(createdEvents)).execute();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPastStartRunSavesOneRowPerRealIntervalAcrossTheAutumnDstChange() {
        signIn("planner");
        ForecastQueue queue = queue(EMAIL_24H_WARSAW);
        LocalDate start = mondayBeforeLastAutumnChange(queue);
        ForecastVersionSummary v = run(new ForecastRunRequest(EMAIL_24H_WARSAW, start, 1, 60));

        assertThat(v.horizonStart()).isEqualTo(start);
        assertThat(v.horizonEnd()).isEqualTo(start.plusWeeks(1));
        assertThat(v.createdBy()).isEqualTo("planner");
        assertThat(v.grainMinutes()).isEqualTo(60);
        // fitted only on history before the start, so accuracy against the actuals is honest
        assertThat(v.historyTo()).isEqualTo(start.atStartOfDay(queue.zone()).toInstant());
        assertThat(v.historyIntervals()).isGreaterThan(300 * 96);

        List<StoredInterval> rows = versionRows.intervals(v.id());
        assertThat(rows).hasSize(realIntervals(start, start.plusWeeks(1), queue.zone(), 60));
        Map<LocalDate, Long> perDay = rows.stream().collect(Collectors.groupingBy(
                r -> LocalGrid.localDate(r.start(), queue.zone()), Collectors.counting()));
        LocalDate dstDay = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        assertThat(perDay.get(dstDay)).isEqualTo(25L);
        assertThat(perDay.get(start)).isEqualTo(24L);
        assertThat(rows).allSatisfy(r -> assertThat(r.lower95()).isLessThanOrEqualTo(r.upper95()));

        assertThat(versionRows.scores(v.id())).filteredOn(StoredMethodScore::chosen).hasSize(1);
        assertThat(versionRows.scores(v.id())).hasSizeGreaterThanOrEqualTo(7);
        assertThat(versionRows.explanation(v.id())).contains("Model: " + v.method()).contains("public holidays of PL");
    }

    @Test
    void aRunFromTheEndOfHistoryCoversTheHorizonAtTheChosenGrain() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        List<String> messages = new ArrayList<>();
        ForecastRun run = runs.start(new ForecastRunRequest(VOICE_ISTANBUL, null, 2, 30), (f, m) -> messages.add(m.english()));
        ForecastVersionSummary v = run.result().orTimeout(120, TimeUnit.SECONDS).join();
        createdVersions.add(v.id());

        assertThat(v.horizonStart()).isEqualTo(queue.defaultStart());
        List<StoredInterval> rows = versionRows.intervals(v.id());
        // open 08:00–20:00 every day: 24 half-hours a day, Istanbul has no DST
        assertThat(rows).hasSize(14 * 24);
        assertThat(rows).allSatisfy(r -> {
            LocalTime t = LocalGrid.localTime(r.start(), queue.zone());
            assertThat(t.getMinute() % 30).isZero();
            assertThat(t).isBetween(LocalTime.of(8, 0), LocalTime.of(19, 30));
        });
        assertThat(messages).isNotEmpty().last().asString().startsWith("Saved as forecast version");
        assertThat(versions.versions(VOICE_ISTANBUL)).extracting(ForecastVersionSummary::id).contains(v.id());
        assertThat(versions.accuracy(v.id())).as("no actuals exist after the history").isEmpty();
    }

    @Test
    void aStoppedRunSavesNothingAndSaysWhy() {
        signIn("planner");
        int before = versionRows.countVersions();
        Cancellation.Flag token = Cancellation.flag();
        Progress stopMidway = (fraction, message) -> {
            if (fraction > 0.3) {
                token.cancel();
            }
        };
        assertThatThrownBy(() -> runs.runNow(new ForecastRunRequest(VOICE_ISTANBUL, null, 1, 60), stopMidway, token))
                .isInstanceOf(ForecastCancelledException.class)
                .hasMessageContaining("cancelled");

        ForecastRun background = runs.start(new ForecastRunRequest(VOICE_ISTANBUL, null, 1, 60), (f, m) -> { });
        background.cancel();
        assertThatThrownBy(() -> background.result().orTimeout(120, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ForecastCancelledException.class);
        assertThat(versionRows.countVersions()).isEqualTo(before);
    }

    @Test
    void badRunRequestsAreRefusedBeforeAnythingRuns() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate tuesday = queue.defaultStart().minusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertRefused(() -> runs.start(new ForecastRunRequest(VOICE_ISTANBUL, null, 7, 15), (f, m) -> { }), "horizon");
        assertRefused(() -> runs.start(new ForecastRunRequest(VOICE_ISTANBUL, null, 2, 20), (f, m) -> { }), "grain");
        assertRefused(() -> runs.start(new ForecastRunRequest(VOICE_ISTANBUL, tuesday, 2, 15), (f, m) -> { }), "start");
        assertRefused(() -> runs.start(new ForecastRunRequest(VOICE_ISTANBUL, queue.defaultStart().plusWeeks(1), 2, 15),
                (f, m) -> { }), "start");
        assertRefused(() -> runs.start(new ForecastRunRequest("NO_SUCH_QUEUE", null, 2, 15), (f, m) -> { }), "queue");
    }

    @Test
    void adjustmentsLayerOverTheModelWhichNeverChanges() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate start = queue.defaultStart().minusWeeks(3);
        ForecastVersionSummary v = run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 30));
        List<StoredInterval> modelBefore = versionRows.intervals(v.id());

        StoredAdjustment day = adjustments.add(v.id(),
                AdjustmentInput.wholeDay(start.plusDays(1), AdjustmentType.PERCENT, 10.0, "TV campaign"));
        StoredAdjustment range = adjustments.add(v.id(), new AdjustmentInput(start.plusDays(2), LocalTime.of(9, 0),
                LocalTime.of(11, 0), AdjustmentType.ABSOLUTE, 40.0, "mailing lands at nine"));
        assertThat(day.wholeDay()).isTrue();
        assertThat(range.from()).isEqualTo(LocalTime.of(9, 0));
        assertThat(range.to()).isEqualTo(LocalTime.of(11, 0));
        assertThat(range.createdBy()).isEqualTo("planner");

        assertThat(versionRows.intervals(v.id())).as("model rows untouched").isEqualTo(modelBefore);
        ForecastDetail detail = versions.open(v.id());
        assertThat(detail.adjustments()).hasSize(2);
        List<ForecastPoint> tuesday = detail.points().stream().filter(p -> p.date().equals(start.plusDays(1))).toList();
        assertThat(tuesday).isNotEmpty().allSatisfy(p -> {
            assertThat(p.adjusted().offered()).isCloseTo(p.model().offered() * 1.1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.adjustedBy()).singleElement().asString().contains("TV campaign");
        });
        double added = detail.points().stream().filter(p -> p.date().equals(start.plusDays(2)))
                .mapToDouble(p -> p.adjusted().offered() - p.model().offered()).sum();
        assertThat(added).isCloseTo(40.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(detail.points().stream().filter(p -> p.date().equals(start)).noneMatch(ForecastPoint::isAdjusted)).isTrue();

        adjustments.remove(v.id(), day.id());
        assertThat(versions.open(v.id()).adjustments()).extracting(StoredAdjustment::id).containsExactly(range.id());
    }

    @Test
    void aNewVersionCarriesThePreviousAdjustmentsUnlessThePlannerOptsOut() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate start = queue.defaultStart().minusWeeks(3);
        ForecastVersionSummary first = run(new ForecastRunRequest(VOICE_ISTANBUL, start, 2, 30, true));
        assertThat(first.adjustments()).isZero();
        adjustments.add(first.id(), AdjustmentInput.wholeDay(start.plusDays(1), AdjustmentType.PERCENT, 10.0, "TV campaign"));
        adjustments.add(first.id(), new AdjustmentInput(start.plusDays(2), LocalTime.of(9, 0), LocalTime.of(11, 0),
                AdjustmentType.ABSOLUTE, 40.0, "mailing lands at nine"));
        adjustments.add(first.id(), AdjustmentInput.wholeDay(start.plusDays(8), AdjustmentType.PERCENT, 5.0, "second week"));
        List<String> messages = new ArrayList<>();

        // one week this time: the adjustment of the second week stays behind, and the run says so
        ForecastVersionSummary second = runs.runNow(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 30),
                (f, m) -> messages.add(m.english()), Cancellation.NONE);
        createdVersions.add(second.id());

        assertThat(second.adjustments()).isEqualTo(2);
        ForecastDetail detail = versions.open(second.id());
        assertThat(detail.adjustments()).extracting(StoredAdjustment::reason).containsExactly("TV campaign", "mailing lands at nine");
        assertThat(detail.adjustments()).allSatisfy(a -> {
            assertThat(a.carriedFromVersion()).isEqualTo(first.id());
            assertThat(a.versionId()).isEqualTo(second.id());
            assertThat(a.createdBy()).isEqualTo("planner");
        });
        // re-applied to the new model figures, not copied as numbers
        assertThat(detail.points().stream().filter(p -> p.date().equals(start.plusDays(1)))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.adjusted().offered())
                        .isCloseTo(p.model().offered() * 1.1, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(messages.get(messages.size() - 1)).contains("2 adjustments carried from version " + first.id())
                .contains("second week").contains("outside the new horizon");
        assertThat(versions.open(first.id()).adjustments()).as("the old version keeps its own").hasSize(3);

        ForecastVersionSummary fresh = run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 30, true));
        assertThat(fresh.adjustments()).isZero();
        assertThat(versions.open(fresh.id()).adjustments()).isEmpty();
    }

    @Test
    void anAllQueuesRunIsRefusedNamingTheQueueBeforeAnythingIsQueued() {
        signIn("planner");

        assertThatThrownBy(() -> allQueues.start(new ForecastAllRequest(List.of(VOICE_ISTANBUL, "NO_SUCH_QUEUE"), 2, 30, false, true)))
                .isInstanceOfSatisfying(ForecastInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("forecast.all.error.queue");
                    assertThat(e.getMessage()).contains("NO_SUCH_QUEUE: queue: no queue 'NO_SUCH_QUEUE'");
                });
        assertThat(allQueues.queueCodes(new ForecastAllRequest(List.of(), 1, 60, false, false)))
                .contains(VOICE_ISTANBUL, EMAIL_24H_WARSAW);
    }

    @Test
    void aBadAdjustmentIsRefusedWithItsMessageAndNothingIsWritten() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate start = queue.defaultStart().minusWeeks(3);
        ForecastVersionSummary v = run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 30));
        int before = adjustmentRows.count();

        assertRefused(() -> adjustments.add(v.id(), AdjustmentInput.wholeDay(start, AdjustmentType.PERCENT, 10.0, "  ")),
                "reason", "forecast.adjust.error.reason-required");
        assertRefused(() -> adjustments.add(v.id(), AdjustmentInput.wholeDay(start, AdjustmentType.PERCENT, -100.0, "strike")),
                "value", "forecast.adjust.error.percent-too-low");
        assertRefused(() -> adjustments.add(v.id(), AdjustmentInput.wholeDay(start.plusWeeks(1), AdjustmentType.PERCENT, 5.0, "late")),
                "date", "forecast.adjust.error.outside-horizon");
        assertRefused(() -> adjustments.add(v.id(), new AdjustmentInput(start, LocalTime.of(9, 10), LocalTime.of(10, 0),
                AdjustmentType.PERCENT, 5.0, "odd start")), "from", "forecast.adjust.error.off-grain");
        assertRefused(() -> adjustments.add(v.id(), new AdjustmentInput(start, LocalTime.of(11, 0), LocalTime.of(10, 0),
                AdjustmentType.PERCENT, 5.0, "backwards")), "to", "forecast.adjust.error.range-order");
        assertRefused(() -> adjustments.add(v.id(), new AdjustmentInput(start, LocalTime.of(2, 0), LocalTime.of(4, 0),
                AdjustmentType.PERCENT, 5.0, "night")), "from", "forecast.adjust.error.no-intervals");
        assertRefused(() -> adjustments.add(v.id(), new AdjustmentInput(start, LocalTime.of(9, 0), LocalTime.of(9, 30),
                AdjustmentType.ABSOLUTE, -1_000_000.0, "remove everything")), "value", "forecast.adjust.error.removes-too-much");
        assertThatThrownBy(() -> adjustments.add(v.id(), AdjustmentInput.wholeDay(start, AdjustmentType.PERCENT, -100.0, "strike")))
                .hasMessageContaining("-100");
        assertThat(adjustmentRows.count()).isEqualTo(before);
    }

    @Test
    void accuracyOfAPastStartVersionIsMeasuredOnTheActualsOfItsHorizon() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate start = queue.defaultStart().minusWeeks(2);
        ForecastVersionSummary v = run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 30));
        VersionAccuracy unadjusted = versions.accuracy(v.id()).orElseThrow();
        assertThat(unadjusted.adjusted()).isFalse();
        assertThat(unadjusted.actualsFrom()).isEqualTo(start);
        assertThat(unadjusted.actualsTo()).isEqualTo(start.plusDays(6));
        assertThat(unadjusted.used().byDay()).hasSize(7);
        assertThat(unadjusted.used().byInterval()).hasSize(24);
        assertThat(unadjusted.used().overall().wapePercent()).isPresent();
        assertThat(unadjusted.used().overall().wapePercent().getAsDouble()).isBetween(0.5, 40.0);
        assertThat(unadjusted.used().overall().mase()).isPresent();
        assertThat(unadjusted.used().overall().biasPercent()).isPresent();
        assertThat(unadjusted.used().overall().intervals()).isEqualTo(7 * 24);

        adjustments.add(v.id(), AdjustmentInput.wholeDay(start, AdjustmentType.PERCENT, 50.0, "what if we had over-called"));
        VersionAccuracy adjusted = versions.accuracy(v.id()).orElseThrow();
        assertThat(adjusted.adjusted()).isTrue();
        assertThat(adjusted.model().overall().wapePercent()).isEqualTo(unadjusted.used().overall().wapePercent());
        assertThat(adjusted.used().byDay().get(start).biasPercent().getAsDouble())
                .isGreaterThan(adjusted.model().byDay().get(start).biasPercent().getAsDouble() + 40);
    }

    @Test
    void eventsAreCheckedAndFeedTheNextForecast() {
        signIn("planner");
        ForecastQueue queue = queue(VOICE_ISTANBUL);
        LocalDate start = queue.defaultStart();
        ForecastDetail without = versions.open(run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 60)).id());

        StoredSpecialEvent campaign = events.add(new SpecialEventInput(VOICE_ISTANBUL, start.plusDays(2), "CAMPAIGN", 25.0,
                "Winter tariff mailing"));
        createdEvents.add(campaign.id());
        StoredSpecialEvent everywhere = events.add(new SpecialEventInput(null, start.plusDays(3), "OUTAGE", -20.0,
                "Network maintenance"));
        createdEvents.add(everywhere.id());
        assertThat(events.events(VOICE_ISTANBUL)).extracting(StoredSpecialEvent::id).contains(campaign.id(), everywhere.id());
        assertThat(events.events("SALES_EN_VOICE")).extracting(StoredSpecialEvent::id)
                .contains(everywhere.id()).doesNotContain(campaign.id());

        assertRefused(() -> events.add(new SpecialEventInput(VOICE_ISTANBUL, start, "campaign!", null, "x")), "kind",
                "forecast.event.error.kind");
        assertRefused(() -> events.add(new SpecialEventInput(VOICE_ISTANBUL, start, "CAMPAIGN", -100.0, "x")), "uplift",
                "forecast.event.error.uplift");
        assertRefused(() -> events.add(new SpecialEventInput(VOICE_ISTANBUL, start, "CAMPAIGN", null, " ")), "description",
                "forecast.event.error.description-required");
        assertRefused(() -> events.add(new SpecialEventInput(VOICE_ISTANBUL, start.plusDays(2), "CAMPAIGN", 5.0, "again")),
                "kind", "forecast.event.error.duplicate");
        assertRefused(() -> events.add(new SpecialEventInput(null, null, "CAMPAIGN", 5.0, "no day")), "date",
                "forecast.event.error.date-required");

        ForecastDetail with = versions.open(run(new ForecastRunRequest(VOICE_ISTANBUL, start, 1, 60)).id());
        assertThat(with.explanation()).contains("2 planner events (2 in the horizon)");
        // the selection's decision is kept as a code with arguments and read back whole
        assertThat(with.decision()).isNotNull();
        assertThat(with.decision().kept()).isEqualTo(with.version().method().replaceFirst(" \\(.*", ""));
        assertThat(with.explanation()).contains(with.decision().phrase().english());
        // Intervals are stored to 0.001 contacts, so day-total ratios are exact to about 1e-5, not to the double.
        var near = org.assertj.core.data.Offset.offset(1e-4);
        assertThat(dayTotal(with, start.plusDays(2)) / dayTotal(without, start.plusDays(2))).isCloseTo(1.25, near);
        assertThat(dayTotal(with, start.plusDays(3)) / dayTotal(without, start.plusDays(3))).isCloseTo(0.80, near);
        assertThat(dayTotal(with, start)).isCloseTo(dayTotal(without, start), near);

        events.remove(campaign.id());
        assertThat(events.events(VOICE_ISTANBUL)).extracting(StoredSpecialEvent::id).doesNotContain(campaign.id());
    }

    @Test
    void agentsAndHrAreRefused() {
        for (String user : List.of("agent.ist", "hr.lead")) {
            signIn(user);
            assertThatThrownBy(() -> runs.start(new ForecastRunRequest(VOICE_ISTANBUL, null, 1, 60), (f, m) -> { }))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.runNow(new ForecastRunRequest(VOICE_ISTANBUL, null, 1, 60), (f, m) -> { },
                    Cancellation.NONE)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.queues()).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.versions(VOICE_ISTANBUL)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.open(1)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.accuracy(1)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> adjustments.add(1, AdjustmentInput.wholeDay(LocalDate.now(), AdjustmentType.PERCENT, 5.0, "x")))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.events(VOICE_ISTANBUL)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.add(new SpecialEventInput(null, LocalDate.now(), "CAMPAIGN", null, "x")))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static double dayTotal(ForecastDetail detail, LocalDate day) {
        return detail.points().stream().filter(p -> p.date().equals(day)).mapToDouble(p -> p.model().offered()).sum();
    }

    private ForecastVersionSummary run(ForecastRunRequest request) {
        ForecastVersionSummary v = runs.runNow(request, Progress.NONE, Cancellation.NONE);
        createdVersions.add(v.id());
        return v;
    }

    private ForecastQueue queue(String code) {
        return versions.queues().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    /** The Monday of the week whose Sunday is the latest autumn DST change inside the history. */
    private static LocalDate mondayBeforeLastAutumnChange(ForecastQueue queue) {
        LocalDate lastFullWeekEnd = queue.defaultStart().minusDays(1);
        for (int year = lastFullWeekEnd.getYear(); ; year--) {
            LocalDate lastSundayOfOctober = LocalDate.of(year, 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            if (!lastSundayOfOctober.isAfter(lastFullWeekEnd)) {
                return lastSundayOfOctober.minusDays(6);
            }
        }
    }

    /** Intervals of real elapsed time between the local midnights, the way the ACD counts them. */
    private static int realIntervals(LocalDate from, LocalDate to, ZoneId zone, int minutes) {
        Instant a = from.atStartOfDay(zone).toInstant();
        Instant b = to.atStartOfDay(zone).toInstant();
        return (int) (Duration.between(a, b).toMinutes() / minutes);
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ForecastInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ForecastInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
