package dev.frontline.roster.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.ROSTER_CONSTRAINT_WEIGHT;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
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

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.service.CoverageGrid;
import dev.frontline.roster.service.GapCandidate;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.StoredShift;
import dev.frontline.shared.ui.chart.Chart;
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
    @Autowired
    dev.frontline.shared.audit.AuditTrail audit;

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
        int before = rosters.versions().size();
        _click(_get(Button.class, spec -> spec.withId("roster-new")));
        // "New draft" asks first, and stays off meanwhile, so a double click cannot make two drafts
        assertThat(view.newDraft.isEnabled()).isFalse();
        NewDraftDialog confirm = _get(NewDraftDialog.class);
        assertThat(rosters.versions()).hasSize(before);
        _click(confirm.confirm);
        assertThat(confirm.isOpened()).isFalse();
        assertThat(view.newDraft.isEnabled()).isTrue();
        assertThat(rosters.versions()).hasSize(before + 1);
        RosterVersionSummary draft = view.version.getValue();
        versions.add(draft.id());
        assertThat(draft.status()).isEqualTo(RosterStatus.DRAFT);
        assertThat(draft.firstDay()).isEqualTo(MONDAY);
        // named in the planner's language and date format, not "Roster 2026-12-07 .. 2026-12-13"
        java.time.format.DateTimeFormatter medium = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
        assertThat(draft.name()).isEqualTo(dev.frontline.shared.text.Messages.format(UI.getCurrent().getLocale(),
                "roster.new.default-name", medium.format(MONDAY), medium.format(MONDAY.plusDays(6))))
                .doesNotContain(MONDAY.toString());
        return view;
    }

    @Test
    void planerSolvesChecksAnEditSavesItPinnedAndPublishes() {
        RosterView view = openRosterView();
        long id = view.version.getValue().id();
        _setValue(view.solveProgress.config, RosterSolver.QUICK);
        _click(_get(Button.class, spec -> spec.withId("roster-solve")));
        assertThat(view.solveProgress.progress.isActive()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("roster-stop")).isEnabled()).isTrue();
        awaitRosterUi(() -> jobs.status(id).map(s -> !s.running()).orElse(false) && view.version.getValue() != null
                && view.version.getValue().score() != null);

        Span status = _get(Span.class, spec -> spec.withId("roster-status"));
        assertThat(status.getText()).containsPattern("(No rule broken|1 rule broken|\\d+ rules broken) · \\d+\\.\\d % of"
                + " required hours uncovered \\(\\d+\\.\\d % before breaks\\)");
        assertThat(status.getElement().getAttribute("title")).isEqualTo("Score " + rosters.version(id).score());
        assertThat(view.byAgent.grid.getGenericDataView().getItems().count()).isGreaterThan(100);
        assertThat(view.explanation.constraints.getGenericDataView().getItems().count()).isPositive();
        assertThat(view.coverage.coverageQueue.getValue()).isNotNull();

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
        assertThat(dialog.result.getElement().getTextRecursively())
                .contains(dev.frontline.shared.text.Messages.english("roster.rule.minimum-minutes-per-week"));

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
        if (!rosters.version(id).feasible()) {
            // a quick solve may leave hard rules broken: then publishing asks for a reason
            PublishDialog publish = _get(PublishDialog.class);
            _setValue(publish.reason, "test roster");
            _click(publish.confirm);
        }
        assertThat(rosters.version(id).status()).isEqualTo(RosterStatus.PUBLISHED);
        assertThat(again.repair.isEnabled()).isTrue();
    }

    @Test
    void plannerReadsTheRosterInPlannerTermsAndPublishesBrokenRulesOnlyWithAReason() {
        KaribuSession.signIn(users, "planner");
        // an agent with a weekly minimum is available only 00:00-01:00: no shift fits, the week's minimum cannot hold
        Agent impossible = rosters.scenario(MONDAY, MONDAY.plusDays(6)).build().getAgents().stream()
                .filter(a -> a.contract().minMinutesPerWeek() > 0).findFirst().orElseThrow();
        long agentId = ctx.select(AGENT.ID).from(AGENT).where(AGENT.EMPLOYEE_NUMBER.eq(impossible.id())).fetchSingle(AGENT.ID);
        var saved = ctx.selectFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agentId)).fetch();
        ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agentId)).execute();
        try {
            for (short weekday = 1; weekday <= 7; weekday++) {
                ctx.insertInto(AGENT_AVAILABILITY).set(AGENT_AVAILABILITY.AGENT_ID, agentId)
                        .set(AGENT_AVAILABILITY.WEEKDAY, weekday).set(AGENT_AVAILABILITY.AVAILABLE_FROM, LocalTime.MIDNIGHT)
                        .set(AGENT_AVAILABILITY.AVAILABLE_TO, LocalTime.of(1, 0)).execute();
            }
            RosterView view = openRosterView();
            long id = view.version.getValue().id();
            java.util.Locale locale = UI.getCurrent().getLocale();

            // said when the problem is loaded: the agent, the week as a date, the rule
            String monday = RosterTexts.date(MONDAY, locale);
            assertThat(view.impossibilities.getElement().getTextRecursively()).contains(impossible.name())
                    .contains("week of " + monday).contains("at least");
            assertThat(view.versionsUsed.getText()).startsWith("Built from: ").contains("forecast #").contains("requirements #");
            assertThat(_get(HorizontalLayout.class, spec -> spec.withId("roster-legend")).getElement().getTextRecursively())
                    .contains("Home").contains("Office").contains("Break").contains("Lunch");

            _setValue(view.solveProgress.config, RosterSolver.QUICK);
            _click(_get(Button.class, spec -> spec.withId("roster-solve")));
            awaitRosterUi(() -> jobs.status(id).map(s -> !s.running()).orElse(false) && view.version.getValue() != null
                    && view.version.getValue().score() != null);
            RosterVersionSummary solved = rosters.version(id);
            assertThat(solved.feasible()).isFalse();
            Span status = _get(Span.class, spec -> spec.withId("roster-status"));
            assertThat(status.getText()).containsPattern("^(1 rule broken|\\d+ rules broken) · ")
                    .contains("% of required hours uncovered");
            assertThat(status.getElement().getAttribute("title")).isEqualTo("Score " + solved.score());

            // explanations in dates and names, never day numbers or employee numbers
            view.tabs.setSelectedIndex(2);
            _setValue(view.explanation.breachAgent, view.explanation.breachAgent.getListDataView().getItems()
                    .filter(a -> a.id().equals(impossible.id())).findFirst().orElseThrow());
            List<String> row = GridKt._getFormattedRow(view.explanation.breaches, 0);
            assertThat(row).contains(impossible.name()).noneMatch(cell -> cell.matches("(?s).*\\bday \\d.*"))
                    .noneMatch(cell -> cell.contains(impossible.id()));
            assertThat(String.join(" ", row)).containsPattern("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}"
                    + "|the week of Mon");

            // "who could take this gap?": other agents, free that day, with the score change
            LoadedRoster loaded = rosters.load(id);
            CoverageGrid.Cell gap = CoverageGrid.of(loaded.roster()).queues().stream()
                    .flatMap(q -> CoverageGrid.of(loaded.roster()).of(q).stream()
                            .filter(c -> c.gap() < 0 && c.minuteOfDay() >= 9 * 60 && c.minuteOfDay() <= 18 * 60)
                            .map(c -> java.util.Map.entry(q, c)))
                    // the largest daytime gap: the calibrated demo's quick roster may leave none above half an agent
                    .min(java.util.Comparator.comparingDouble(e -> e.getValue().gap())).map(e -> {
                        view.tabs.setSelectedIndex(1);
                        _setValue(view.coverage.coverageQueue, e.getKey());
                        return e.getValue();
                    }).orElseThrow();
            _setValue(view.coverage.coverageDay, MONDAY.plusDays(gap.day()));
            _setValue(view.coverage.coverageTime, gap.minuteOfDay());
            assertThat(view.coverage.whoCouldTake.isEnabled()).isTrue();
            _click(view.coverage.whoCouldTake);
            List<GapCandidate> candidates = view.coverage.gapCandidates.getGenericDataView().getItems().toList();
            assertThat(view.coverage.gapCandidates.isVisible()).isTrue();
            java.util.Set<String> working = rosters.shifts(id).stream()
                    .filter(s -> s.workDate().equals(MONDAY.plusDays(gap.day()))).map(StoredShift::employeeNumber)
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(candidates).isNotEmpty().allSatisfy(c -> {
                assertThat(working).doesNotContain(c.agentId());
                assertThat(c.startMinute()).isLessThanOrEqualTo(gap.minuteOfDay());
                assertThat(c.endMinute()).isGreaterThanOrEqualTo(gap.minuteOfDay() + 15);
                assertThat(c.scoreChange()).isNotNull();
            });

            // publishing broken hard rules needs an explicit confirmation with a reason, kept in the audit trail
            _click(_get(Button.class, spec -> spec.withId("roster-publish")));
            PublishDialog publish = _get(PublishDialog.class);
            assertThat(publish.confirm.isEnabled()).isFalse();
            assertThat(rosters.version(id).status()).isEqualTo(RosterStatus.DRAFT);
            _setValue(publish.reason, "cover agreed with the team by phone");
            assertThat(publish.confirm.isEnabled()).isTrue();
            _click(publish.confirm);
            assertThat(rosters.version(id).status()).isEqualTo(RosterStatus.PUBLISHED);
            assertThat(audit.latest("roster_version", String.valueOf(id)).orElseThrow().details())
                    .contains("with reason: cover agreed with the team by phone");
            assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                    .startsWith("Published ").contains("broken rules"));
        } finally {
            ctx.deleteFrom(AGENT_AVAILABILITY).where(AGENT_AVAILABILITY.AGENT_ID.eq(agentId)).execute();
            saved.forEach(r -> ctx.insertInto(AGENT_AVAILABILITY).set(r).execute());
        }
    }

    @Test
    void explanationFiltersNarrowTheBreachesAndAHeatmapCellShowsItsInterval() {
        RosterView view = openRosterView();
        long id = view.version.getValue().id();
        // one agent with a weekly minimum works Monday by hand, so the week is short of its minimum, and one of the
        // agent's queues requires agents a quarter-hour into that shift, so that interval has the agent in it
        var roster = rosters.load(id).roster();
        record Pick(Agent agent, ShiftType shift, String queue) {
        }
        Pick pick = roster.getAgents().stream()
                .filter(a -> a.contract().minMinutesPerWeek() > 0 && a.locations().contains(WorkLocation.HOME))
                .flatMap(a -> a.shiftTypes().stream().flatMap(s -> a.skills().keySet().stream()
                        .map(q -> new Pick(a, s, q.id()))))
                .filter(p -> roster.getIntervalDemands().stream().anyMatch(d -> d.queue().id().equals(p.queue())
                        && d.requiredMilli() > 0
                        && d.interval() == DemandIndex.intervalOf(0, p.shift().startMinute() + 15)))
                .findFirst().orElseThrow();
        Agent agent = pick.agent();
        ShiftType shift = pick.shift();
        rosters.saveEdit(id, agent.id(), MONDAY, shift.id(), null);
        UI.getCurrent().navigate("roster");
        view = _get(RosterView.class);
        _setValue(view.version, rosters.version(id));

        view.tabs.setSelectedIndex(2);
        long all = view.explanation.breaches.getGenericDataView().getItems().count();
        _setValue(view.explanation.breachAgent, agent);
        List<RosterExplanation.Breach> mine = view.explanation.breaches.getGenericDataView().getItems().toList();
        assertThat(mine).isNotEmpty().allMatch(b -> agent.id().equals(b.why().agentId()));
        assertThat((long) mine.size()).isLessThan(all);
        assertThat(view.explanation.agentSummary.getText()).contains(agent.name())
                .contains(dev.frontline.shared.text.Messages.english("roster.rule.minimum-minutes-per-week"));
        _setValue(view.explanation.breachConstraint, RosterConstraints.MIN_MINUTES_PER_WEEK);
        assertThat(view.explanation.breaches.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(b -> assertThat(b.constraint()).isEqualTo(RosterConstraints.MIN_MINUTES_PER_WEEK));
        _setValue(view.explanation.breachAgent, null);
        _setValue(view.explanation.breachConstraint, RosterConstraints.INTERVAL_UNDER_COVERAGE);
        _setValue(view.explanation.breachDay, MONDAY.plusDays(1));
        assertThat(view.explanation.breaches.getGenericDataView().getItems().toList()).isNotEmpty()
                .allMatch(b -> b.why().day() == 1 && b.constraint().equals(RosterConstraints.INTERVAL_UNDER_COVERAGE));
        assertThat(view.explanation.agentSummary.getText()).isEmpty();

        view.tabs.setSelectedIndex(1);
        String queue = pick.queue();
        _setValue(view.coverage.coverageQueue, queue);
        int minute = shift.startMinute() + 15;
        String cell = MONDAY + String.format(java.util.Locale.ROOT, " %02d:%02d", minute / 60, minute % 60);
        ComponentUtil.fireEvent(view.coverage.coverageChart, new Chart.ClickEvent(view.coverage.coverageChart, true, "", cell, 0));
        assertThat(view.coverage.coverageDay.getValue()).isEqualTo(MONDAY);
        assertThat(view.coverage.coverageTime.getValue()).isEqualTo(minute);
        RosterExplainer.IntervalDetail detail = rosters.intervalDetail(rosters.load(id), queue, MONDAY, minute).orElseThrow();
        assertThat(detail.agents()).extracting(RosterExplainer.AgentShare::agentId).contains(agent.id());
        java.util.Locale locale = UI.getCurrent().getLocale();
        String queueName = roster.getQueues().stream().filter(q -> q.id().equals(queue)).findFirst().orElseThrow().name();
        assertThat(view.coverage.intervalSummary.getText()).contains(queueName)
                .contains(String.format(locale, "%.2f agents required", detail.required()))
                .contains(String.format(locale, "%.2f scheduled", detail.scheduled()))
                .contains("penalty " + detail.penalty());
        assertThat(view.coverage.intervalAgents.getGenericDataView().getItems().toList())
                .extracting(RosterExplainer.AgentShare::agentId).contains(agent.id());
    }

    @Test
    void stoppingASolveKeepsTheBestRosterSoFar() {
        RosterView view = openRosterView();
        long id = view.version.getValue().id();
        _setValue(view.solveProgress.config, RosterSolver.LONG);
        _click(_get(Button.class, spec -> spec.withId("roster-solve")));
        awaitRosterUi(() -> jobs.status(id).map(s -> !s.progress().isEmpty()).orElse(false));
        _click(_get(Button.class, spec -> spec.withId("roster-stop")));
        // the job row ends first; the page hears of it from the job watcher a moment later, and the shared job
        // control then hides its stop button
        awaitRosterUi(() -> jobs.status(id).map(s -> !s.running()).orElse(false)
                && _find(Button.class, spec -> spec.withId("roster-stop")).isEmpty());
        MockVaadin.clientRoundtrip(false);
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
                } catch (RuntimeException | MockAccessDeniedException refused) {
                    // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
                }
                assertThat(UI.getCurrent().getCurrentView()).as(user + " " + route)
                        .isNotInstanceOfAny(RosterView.class, RosterWeightsView.class);
            }
        }
    }

    /** One more round trip after the job's state says done, so the view draws what the job pushed last. */
    private static void awaitRosterUi(BooleanSupplier done) {
        KaribuSession.awaitUi("roster job finished", Duration.ofSeconds(90), done);
        MockVaadin.clientRoundtrip(false);
    }
}
