package dev.frontline.roster.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RepairResult;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.Roles;

/**
 * Rosters for a planner: pick a period and a version (or start a new draft), solve it with live progress and a stop
 * ({@link SolveProgressPanel}), see it by agent ({@link AgentRosterPanel}), its coverage per queue as a heatmap
 * ({@link CoveragePanel}), and why it scores as it does ({@link ExplanationPanel}); edit an agent's day with a rule
 * check and "who could take this gap?"; publish or repair.
 */
@Route("roster")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.roster", order = 30, icon = "vaadin:calendar-clock")
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    private final RosterService rosters;

    final DatePicker firstDay = new DatePicker();
    final IntegerField weeks = new IntegerField();
    final Button newDraft = new Button();
    final Select<RosterVersionSummary> version = new Select<>();
    final Button publish = new Button();
    final Button repair = new Button();
    final Span status = new Span();
    final SolveProgressPanel solveProgress;
    final AgentRosterPanel byAgent;
    final CoveragePanel coverage;
    final ExplanationPanel explanation;
    final TabSheet tabs = new TabSheet();

    public RosterView(RosterService rosters, RosterJobs jobs) {
        this.rosters = rosters;
        solveProgress = new SolveProgressPanel(jobs, this::current, status::setText, this::solveFinished);
        byAgent = new AgentRosterPanel(rosters, () -> show(rosters.version(current().id())));
        coverage = new CoveragePanel(rosters);
        explanation = new ExplanationPanel(rosters);
        setId("roster-view");
        setSizeFull();

        firstDay.setId("roster-first-day");
        firstDay.setLabel(getTranslation("roster.first-day"));
        firstDay.setValue(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        weeks.setId("roster-weeks");
        weeks.setLabel(getTranslation("roster.weeks"));
        weeks.setMin(1);
        weeks.setMax(8);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(4);
        newDraft.setId("roster-new");
        newDraft.setText(getTranslation("roster.new"));
        newDraft.addClickListener(e -> createDraft());

        version.setId("roster-version");
        version.setLabel(getTranslation("roster.version"));
        version.setItemLabelGenerator(RosterVersionSummary::label);
        version.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                show(e.getValue());
            }
        });
        publish.setId("roster-publish");
        publish.setText(getTranslation("roster.publish"));
        publish.addClickListener(e -> RosterTexts.reportingErrors(() -> {
            rosters.publish(current().id());
            refreshVersions(current().id());
        }));
        repair.setId("roster-repair");
        repair.setText(getTranslation("roster.repair"));
        repair.addClickListener(e -> RosterTexts.reportingErrors(() -> {
            RepairResult result = rosters.repair(current().id(), true, 10);
            RosterTexts.notify(getTranslation("roster.repaired", result.unpinnedAgentDays(), result.pinnedAgentDays(),
                    result.changedDays()), false);
            refreshVersions(result.draft().id());
        }));
        status.setId("roster-status");

        HorizontalLayout period = new HorizontalLayout(firstDay, weeks, newDraft, version);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(solveProgress.config, solveProgress.solve, solveProgress.stop,
                publish, repair, status);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tabs.setId("roster-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("roster.tab.agents"), byAgent);
        tabs.add(getTranslation("roster.tab.coverage"), coverage);
        tabs.add(getTranslation("roster.tab.explanation"), explanation);

        add(new H2(getTranslation("roster.title")), period, actions, solveProgress, tabs);
        refreshVersions(null);
    }

    private void createDraft() {
        RosterTexts.reportingErrors(() -> {
            LocalDate first = firstDay.getValue();
            int count = weeks.getValue() == null ? 1 : weeks.getValue();
            RosterVersionSummary draft = rosters.createDraft(null, first, first == null ? null : first.plusWeeks(count).minusDays(1));
            refreshVersions(draft.id());
        });
    }

    private void refreshVersions(Long select) {
        List<RosterVersionSummary> all = rosters.versions();
        version.setItems(all);
        RosterVersionSummary chosen = all.stream().filter(v -> select != null && v.id() == select).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        version.setValue(chosen);
        if (chosen == null) {
            show(null);
        }
    }

    private RosterVersionSummary current() {
        return version.getValue();
    }

    private void show(RosterVersionSummary summary) {
        boolean draft = summary != null && summary.status() == RosterStatus.DRAFT;
        publish.setEnabled(draft && summary.score() != null);
        repair.setEnabled(summary != null && summary.status() == RosterStatus.PUBLISHED);
        if (summary == null) {
            solveProgress.show(null);
            explanation.clear();
            coverage.clear();
            byAgent.clear();
            status.setText(getTranslation("roster.none"));
            return;
        }
        // the status first: while a solve runs, the progress panel replaces it with the best score so far
        status.setText(describe(summary));
        solveProgress.show(summary);
        LoadedRoster loaded;
        try {
            loaded = rosters.load(summary.id());
        } catch (RuntimeException e) {
            loaded = null;
            RosterTexts.notify(e.getMessage(), true);
        }
        byAgent.show(summary, loaded);
        coverage.show(summary, loaded);
        explanation.show(summary, loaded);
    }

    private String describe(RosterVersionSummary v) {
        return v.score() == null ? getTranslation("roster.unsolved")
                : getTranslation(v.feasible() ? "roster.score" : "roster.score.infeasible", v.score(),
                        v.undercoveragePercent() == null ? "–" : String.format(Locale.ROOT, "%.1f", v.undercoveragePercent()));
    }

    /** A solve of the version on screen ended: list the versions again, which shows its saved roster and score. */
    private void solveFinished(long versionId) {
        List<RosterVersionSummary> all = rosters.versions();
        version.setItems(all);
        version.setValue(all.stream().filter(v -> v.id() == versionId).findFirst().orElse(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roster") + " | " + getTranslation("app.name");
    }
}
