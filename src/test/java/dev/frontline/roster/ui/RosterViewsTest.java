package dev.frontline.roster.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.ROSTER_CONSTRAINT_WEIGHT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The roster and roster-weights views through Karibu-Testing, on the demo centre. */
@FrontlineIntegrationTest
class RosterViewsTest {

    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterJobs jobs;

    private final List<Long> versions = new ArrayList<>();

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(versions)).execute();
        ctx.deleteFrom(ROSTER_CONSTRAINT_WEIGHT).where(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME.eq(RosterConstraints.OVERTIME))
                .execute();
        KaribuSession.close();
    }

    private RosterView openRosterView() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("roster");
        RosterView view = _get(RosterView.class);
        _setValue(view.firstDay, MONDAY);
        _setValue(view.weeks, 1);
        _click(_get(Button.class, spec -> spec.withId("roster-new")));
        RosterVersionSummary draft = view.version.getValue();
        versions.add(draft.id());
        assertThat(draft.status()).isEqualTo(RosterStatus.DRAFT);
        assertThat(draft.firstDay()).isEqualTo(MONDAY);
        return view;
    }

    @Test
    void planerSolvesChecksAnEditSavesItPinnedAndPublishes() {
        RosterView view = openRosterView();
        long id = view.version.getValue().id();
        _setValue(view.config, RosterSolver.QUICK);
        _click(_get(Button.class, spec -> spec.withId("roster-solve")));
        assertThat(view.stop.isEnabled()).isTrue();
        awaitUi(() -> jobs.status(id).map(s -> !s.running()).orElse(false) && view.version.getValue() != null
                && view.version.getValue().score() != null);

        assertThat(_get(Span.class, spec -> spec.withId("roster-status")).getText()).containsAnyOf("Score", "INFEASIBLE");
        assertThat(view.grid.getGenericDataView().getItems().count()).isGreaterThan(100);
        assertThat(view.constraints.getGenericDataView().getItems().count()).isPositive();
        assertThat(view.coverageQueue.getValue()).isNotNull();

        // a full-time agent working five 8-hour shifts loses one: the weekly minimum breaks, named before saving
        LoadedRoster loaded = rosters.load(id);
        AgentDay working = loaded.roster().getAgentDays().stream()
                .filter(d -> d.isWorking() && d.getAgent().contract().minMinutesPerWeek() == 2160)
                .filter(d -> loaded.roster().getAgentDays().stream()
                        .filter(o -> o.getAgent().equals(d.getAgent())).mapToInt(AgentDay::getWorkedMinutes).sum() == 2400)
                .findFirst().orElseThrow();
        RosterEditDialog dialog = new RosterEditDialog(rosters, loaded, working.getAgent().id(), working.getDate(), () -> { });
        dialog.open();
        _setValue(dialog.shift, "");
        _click(dialog.check);
        assertThat(dialog.result.getElement().getTextRecursively()).contains(RosterConstraints.MIN_MINUTES_PER_WEEK);

        _click(dialog.recommend);
        assertThat(dialog.recommendations.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(r -> working.getAgent().shiftTypes().stream().anyMatch(s -> s.id().equals(r.shiftTypeId())));

        // taking a recommended shift keeps the rules, and saving pins it
        var best = dialog.recommendations.getGenericDataView().getItems().findFirst().orElseThrow();
        _setValue(dialog.shift, best.shiftTypeId());
        _setValue(dialog.location, best.location());
        _click(dialog.save);
        assertThat(rosters.shifts(id)).anySatisfy(s -> {
            assertThat(s.employeeNumber()).isEqualTo(working.getAgent().id());
            assertThat(s.workDate()).isEqualTo(working.getDate());
            assertThat(s.shiftCode()).isEqualTo(best.shiftTypeId());
            assertThat(s.pinned()).isTrue();
        });

        UI.getCurrent().navigate("roster");
        RosterView again = _get(RosterView.class);
        _setValue(again.version, rosters.version(id));
        _click(_get(Button.class, spec -> spec.withId("roster-publish")));
        assertThat(rosters.version(id).status()).isEqualTo(RosterStatus.PUBLISHED);
        assertThat(again.repair.isEnabled()).isTrue();
    }

    @Test
    void stoppingASolveKeepsTheBestRosterSoFar() {
        RosterView view = openRosterView();
        long id = view.version.getValue().id();
        _setValue(view.config, RosterSolver.LONG);
        _click(_get(Button.class, spec -> spec.withId("roster-solve")));
        awaitUi(() -> jobs.status(id).map(s -> !s.progress().isEmpty()).orElse(false));
        _click(_get(Button.class, spec -> spec.withId("roster-stop")));
        awaitUi(() -> jobs.status(id).map(s -> !s.running()).orElse(false));
        MockVaadin.clientRoundtrip();
        RosterVersionSummary stopped = rosters.version(id);
        assertThat(stopped.score()).isNotNull();
        assertThat(stopped.solvingSeconds()).isLessThan(600.0);
        assertThat(rosters.shifts(id)).isNotEmpty();
    }

    @Test
    void weightsAreSavedAndOnlyPlannersReachTheRosterViews() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("roster-weights");
        RosterWeightsView view = _get(RosterWeightsView.class);
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(RosterConstraints.SOFT.size());
        var overtime = view.fields.computeIfAbsent(RosterConstraints.OVERTIME, name -> {
            throw new AssertionError("no field for " + name);
        });
        _setValue(overtime, 3);
        _click(view.save);
        assertThat(ctx.select(ROSTER_CONSTRAINT_WEIGHT.WEIGHT).from(ROSTER_CONSTRAINT_WEIGHT)
                .where(ROSTER_CONSTRAINT_WEIGHT.CONSTRAINT_NAME.eq(RosterConstraints.OVERTIME)).fetchOne(ROSTER_CONSTRAINT_WEIGHT.WEIGHT))
                .isEqualTo(3L);

        KaribuSession.close();
        KaribuSession.open(context);
        for (String user : List.of("hr.lead", "agent.ist")) {
            KaribuSession.signIn(users, user);
            for (String route : List.of("roster", "roster-weights")) {
                try {
                    UI.getCurrent().navigate(route);
                } catch (RuntimeException refused) {
                    // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
                }
                assertThat(UI.getCurrent().getCurrentView()).as(user + " " + route)
                        .isNotInstanceOfAny(RosterView.class, RosterWeightsView.class);
            }
        }
    }

    private static void awaitUi(BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("roster job finished in time").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            MockVaadin.clientRoundtrip();
        }
        MockVaadin.clientRoundtrip();
    }
}
