package dev.frontline.forecast;

import static dev.frontline.db.Tables.LONG_RANGE_OVERRIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dev.frontline.forecast.engine.LongRangeOverride.Measure;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;
import dev.frontline.testing.FrontlineIntegrationTest;

/** The long-range forecast service on the demo centre: the contract the capacity plan uses, overrides, roles, refusals. */
@FrontlineIntegrationTest
class LongRangeForecastServiceTest {

    private static final String QUEUE = "BILLING_PL_VOICE";

    @Autowired
    LongRangeForecastService service;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void tearDown() {
        db.deleteFrom(LONG_RANGE_OVERRIDE).where(LONG_RANGE_OVERRIDE.ID.in(created)).execute();
        SecurityContextHolder.clearContext();
    }

    @Test
    void plannerAndHrReadSeventyEightWeeksFromTheMondayAfterTheHistory() {
        for (String user : List.of("planner", "hr.lead")) {
            signIn(user);
            LongRangeForecastResult r = service.forecast(QUEUE, 78);
            ForecastQueue queue = service.queues().stream().filter(q -> q.code().equals(QUEUE)).findFirst().orElseThrow();

            assertThat(r.queueCode()).isEqualTo(QUEUE);
            assertThat(r.weeks()).hasSize(78);
            LongRangeWeek first = r.weeks().get(0);
            assertThat(first.weekStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(first.weekStart()).isAfterOrEqualTo(queue.defaultStart()).isBefore(queue.defaultStart().plusWeeks(1));
            assertThat(r.weeks()).allSatisfy(w -> {
                assertThat(w.lower95()).isLessThanOrEqualTo(w.lower80());
                assertThat(w.lower80()).isLessThanOrEqualTo(w.volume());
                assertThat(w.upper80()).isLessThanOrEqualTo(w.upper95());
                assertThat(w.ahtSeconds()).isPositive();
            });
            assertThat(r.weeks().get(77).upper80() / r.weeks().get(77).volume())
                    .isGreaterThan(r.weeks().get(0).upper80() / r.weeks().get(0).volume());
            assertThat(r.months()).isNotEmpty();
            assertThat(r.explainWeek(0).english()).contains("contacts");
        }
    }

    @Test
    void aPlannersOverrideIsStoredAppliedEditableAndRemovable() {
        signIn("planner");
        LongRangeForecastResult before = service.forecast(QUEUE, 26, LongRangeTrend.DAMPED);
        var launch = before.weeks().get(8).weekStart();

        StoredLongRangeOverride saved = service.addOverride(QUEUE,
                new LongRangeOverrideInput(launch, null, Measure.VOLUME, 15.0, "  New product launch  "));
        created.add(saved.id());
        assertThat(saved.reason()).isEqualTo("New product launch");
        assertThat(saved.createdBy()).isEqualTo("planner");

        LongRangeForecastResult after = service.forecast(QUEUE, 26, LongRangeTrend.DAMPED);
        assertThat(after.overrides()).extracting(StoredLongRangeOverride::id).contains(saved.id());
        assertThat(after.weeks().get(7).volume()).isCloseTo(before.weeks().get(7).volume(), within(1e-6));
        assertThat(after.weeks().get(10).volume() / before.weeks().get(10).volume()).isCloseTo(1.15, within(1e-6));
        assertThat(after.details().get(10).reasons()).contains("New product launch");

        StoredLongRangeOverride changed = service.updateOverride(QUEUE, saved.id(),
                new LongRangeOverrideInput(launch, launch.plusDays(13), Measure.VOLUME, 10.0, "Launch, smaller"));
        assertThat(changed.percent()).isEqualTo(10.0);
        assertThat(changed.to()).isEqualTo(launch.plusDays(13));
        assertThat(changed.updatedBy()).isEqualTo("planner");
        LongRangeForecastResult edited = service.forecast(QUEUE, 26, LongRangeTrend.DAMPED);
        assertThat(edited.weeks().get(9).volume() / before.weeks().get(9).volume()).isCloseTo(1.10, within(1e-6));
        assertThat(edited.weeks().get(10).volume()).isCloseTo(before.weeks().get(10).volume(), within(1e-6));

        service.removeOverride(QUEUE, saved.id());
        assertThat(service.overrides(QUEUE)).extracting(StoredLongRangeOverride::id).doesNotContain(saved.id());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        signIn("planner");
        var day = java.time.LocalDate.of(2030, 3, 1);
        assertField(() -> service.forecast(QUEUE, 79), "weeks");
        assertField(() -> service.forecast("NO_SUCH_QUEUE", 10), "queue");
        assertField(() -> service.addOverride(QUEUE, new LongRangeOverrideInput(null, null, Measure.VOLUME, 5.0, "x")), "from");
        assertField(() -> service.addOverride(QUEUE, new LongRangeOverrideInput(day, day.minusDays(1), Measure.VOLUME, 5.0, "x")), "to");
        assertField(() -> service.addOverride(QUEUE, new LongRangeOverrideInput(day, null, null, 5.0, "x")), "measure");
        assertField(() -> service.addOverride(QUEUE, new LongRangeOverrideInput(day, null, Measure.AHT, -100.0, "x")), "percent");
        assertField(() -> service.addOverride(QUEUE, new LongRangeOverrideInput(day, null, Measure.AHT, 5.0, " ")), "reason");
        assertField(() -> service.removeOverride(QUEUE, -1), "override");
    }

    @Test
    void hrReadsButMayNotChangeOverridesAndAgentsMayNotRead() {
        signIn("hr.lead");
        assertThat(service.overrides(QUEUE)).isNotNull();
        assertThatThrownBy(() -> service.addOverride(QUEUE,
                new LongRangeOverrideInput(java.time.LocalDate.of(2030, 1, 1), null, Measure.VOLUME, 5.0, "x")))
                .isInstanceOf(AccessDeniedException.class);
        signIn("agent.ist");
        assertThatThrownBy(() -> service.forecast(QUEUE, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ForecastInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
