package dev.frontline.roster.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
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
import dev.frontline.shared.ui.Formats;
import dev.frontline.roster.service.RosterNames;
import dev.frontline.roster.service.Impossibility;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RepairResult;
import dev.frontline.roster.service.RosterInsight;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterTrainingSessions;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.VersionUsed;
import dev.frontline.security.Roles;

/**
 * Rosters for a planner: pick a period and a version (or start a new draft), solve it with live progress and a stop
 * ({@link SolveProgressPanel}), see it by agent ({@link AgentRosterPanel}), its coverage per queue as a heatmap
 * ({@link CoveragePanel}), why it scores as it does ({@link ExplanationPanel}) and the training it places with what each
 * session costs in coverage ({@link TrainingPanel}); edit an agent's day with a rule
 * check and "who could take this gap?"; publish (with a reason when hard rules are broken) or repair. The status
 * says the result in planner terms (rules broken, share of required hours uncovered after breaks; the raw score on
 * hover), and the page names the forecast and requirement versions used and the rules the data make impossible.
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
    final Span versionsUsed = new Span();
    final Div impossibilities = new Div();
    final SolveProgressPanel solveProgress;
    final AgentRosterPanel byAgent;
    final CoveragePanel coverage;
    final ExplanationPanel explanation;
    final TrainingPanel training;
    final TabSheet tabs = new TabSheet();

    public RosterView(RosterService rosters, RosterJobs jobs, JobService jobService, JobWatcher watcher,
            RosterTrainingSessions trainingSessions) {
        this.rosters = rosters;
        solveProgress = new SolveProgressPanel(jobs, jobService, watcher, this::current, status::setText, this::solveFinished);
        byAgent = new AgentRosterPanel(rosters, () -> show(rosters.version(current().id())));
        coverage = new CoveragePanel(rosters);
        explanation = new ExplanationPanel(rosters);
        training = new TrainingPanel(trainingSessions);
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
        // a double click must not make two drafts: the button stays off until its confirmation closes
        newDraft.setDisableOnClick(true);
        newDraft.addClickListener(e -> confirmDraft());

        version.setId("roster-version");
        version.setLabel(getTranslation("roster.version"));
        // the label names the version, its state and its period: wide enough to read it whole at 1280 px
        version.setWidth("28em");
        version.getStyle().set("max-width", "100%").set("--vaadin-combo-box-overlay-width", "32em");
        version.setItemLabelGenerator(v -> getTranslation("roster.version.item", v.id(),
                RosterNames.display(v.name(), getLocale()),
                getTranslation("roster.status." + v.status().getLiteral()), Formats.date(v.firstDay()),
                Formats.date(v.lastDay())));
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                // the period fields show the period of the version on screen, not the last draft's defaults
                firstDay.setValue(e.getValue().firstDay());
                weeks.setValue((int) Math.max(1, (java.time.temporal.ChronoUnit.DAYS.between(e.getValue().firstDay(),
                        e.getValue().lastDay()) + 1 + 6) / 7));
            }
            if (e.isFromClient() || e.getValue() != null) {
                show(e.getValue());
            }
        });
        publish.setId("roster-publish");
        publish.setText(getTranslation("roster.publish"));
        publish.addClickListener(e -> confirmPublish());
        repair.setId("roster-repair");
        repair.setText(getTranslation("roster.repair"));
        repair.addClickListener(e -> RosterTexts.reportingErrors(() -> {
            RepairResult result = rosters.repair(current().id(), true, 10);
            RosterTexts.notify(getTranslation("roster.repaired", result.unpinnedAgentDays(), result.pinnedAgentDays(),
                    result.changedDays()), false);
            refreshVersions(result.draft().id());
        }));
        status.setId("roster-status");
        versionsUsed.setId("roster-versions-used");
        versionsUsed.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        impossibilities.setId("roster-impossibilities");
        impossibilities.getStyle().set("color", "var(--lumo-error-text-color)");

        HorizontalLayout period = new HorizontalLayout(firstDay, weeks, newDraft, version);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(solveProgress.config, solveProgress.solve, solveProgress.progress,
                publish, repair, status);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        tabs.setId("roster-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("roster.tab.agents"), byAgent);
        tabs.add(getTranslation("roster.tab.coverage"), coverage);
        tabs.add(getTranslation("roster.tab.explanation"), explanation);
        tabs.add(getTranslation("roster.tab.training"), training);

        add(new H2(getTranslation("roster.title")), period, actions, versionsUsed, impossibilities, solveProgress,
                AgentRosterPanel.legend(), tabs);
        refreshVersions(null);
    }

    /** Asks before making a draft; the button comes back when the question closes. */
    private void confirmDraft() {
        LocalDate first = firstDay.getValue();
        int count = weeks.getValue() == null ? 1 : weeks.getValue();
        String question = first == null ? getTranslation("roster.new.confirm.no-day")
                : getTranslation("roster.new.confirm", count, RosterTexts.date(first, getLocale()));
        new NewDraftDialog(question, () -> createDraft(first, count), () -> newDraft.setEnabled(true)).open();
    }

    private void createDraft(LocalDate first, int count) {
        RosterTexts.reportingErrors(() -> {
            LocalDate last = first == null ? null : first.plusWeeks(count).minusDays(1);
            // a new draft is named in the planner's language and date format; stored names stay as they were made
            String name = first == null ? null
                    : getTranslation("roster.new.default-name", Formats.date(first), Formats.date(last));
            RosterVersionSummary draft = rosters.createDraft(name, first, last);
            RosterTexts.notify(getTranslation("roster.new.created", RosterNames.display(draft.name(), getLocale())), false);
            refreshVersions(draft.id());
        });
    }

    /** A roster that breaks hard rules is published only after the planner confirms it with a reason. */
    private void confirmPublish() {
        RosterVersionSummary shown = current();
        if (shown == null) {
            return;
        }
        if (shown.feasible()) {
            publish(shown, null);
            return;
        }
        RosterInsight insight = rosters.insight(shown.id());
        int broken = insight.brokenHardRules() == null ? 0 : insight.brokenHardRules();
        new PublishDialog(RosterNames.display(shown.name(), getLocale()), broken, reason -> publish(shown, reason)).open();
    }

    /** Publishes and says what happened: what is published, with how many broken rules, what was archived. */
    private void publish(RosterVersionSummary shown, String reason) {
        RosterTexts.reportingErrors(() -> {
            RosterVersionSummary published = rosters.publish(shown.id(), reason);
            RosterTexts.notify(reason == null ? getTranslation("roster.published", published.name())
                    : getTranslation("roster.published.broken", published.name()), false);
            refreshVersions(published.id());
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
            training.clear();
            status.setText(getTranslation("roster.none"));
            status.getElement().removeAttribute("title");
            status.getStyle().remove("color");
            versionsUsed.setText("");
            impossibilities.removeAll();
            return;
        }
        LoadedRoster loaded;
        try {
            loaded = rosters.load(summary.id());
        } catch (RuntimeException e) {
            loaded = null;
            RosterTexts.notify(RosterTexts.problem(e), true);
        }
        RosterInsight insight = loaded == null ? rosters.insight(summary.id()) : rosters.insight(loaded);
        // the status first: while a solve runs, the progress panel replaces it with the best score so far
        describe(summary, insight);
        solveProgress.show(summary);
        showVersionsUsed(insight.versionsUsed());
        showImpossibilities(insight.impossibilities());
        byAgent.show(summary, loaded);
        coverage.show(summary, loaded);
        explanation.show(summary, loaded);
        training.show(loaded);
    }

    /**
     * "22 rules broken · 34.0 % of required hours uncovered (31.2 % before breaks) · no roster of these agents and rules
     * can leave less than 1.1 % uncovered", the raw score on hover.
     */
    private void describe(RosterVersionSummary v, RosterInsight insight) {
        if (v.score() == null) {
            status.setText(getTranslation("roster.unsolved"));
            status.getElement().removeAttribute("title");
            status.getStyle().remove("color");
            return;
        }
        int broken = insight.brokenHardRules() == null ? (int) Math.max(0, -v.hardScore()) : insight.brokenHardRules();
        Double after = insight.undercoverageAfterBreaksPercent();
        Double before = insight.undercoveragePercent() == null ? v.undercoveragePercent() : insight.undercoveragePercent();
        String uncovered = after == null
                ? getTranslation("roster.status.uncovered-before-breaks", percent(before))
                : getTranslation("roster.status.uncovered", percent(after), percent(before));
        Double limit = insight.lowerBoundAfterBreaksPercent();
        String bound = limit == null ? getTranslation("roster.status.limit-pending")
                : getTranslation("roster.status.limit", percent(limit));
        status.setText(getTranslation("roster.status.rules", broken) + " · " + uncovered + " · " + bound);
        status.getElement().setAttribute("title", getTranslation("roster.status.score", v.score()));
        status.getStyle().set("color", broken > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    private String percent(Double value) {
        return value == null ? "–" : String.format(getLocale(), "%.1f", value);
    }

    /** "Built from: Billing – Turkish – voice: forecast of Mon 7 Dec 10:42, requirements of Mon 7 Dec 10:45; ...". */
    private void showVersionsUsed(List<VersionUsed> used) {
        if (used.isEmpty()) {
            versionsUsed.setText("");
            return;
        }
        versionsUsed.setText(getTranslation("roster.versions-used", String.join("; ", used.stream()
                .map(v -> getTranslation("roster.version-used", v.queueName(), v.forecastVersionId(),
                        RosterTexts.moment(v.forecastCreatedAt()), v.requirementVersionId(),
                        RosterTexts.moment(v.requirementCreatedAt())))
                .toList())));
    }

    /** The rules the data make impossible, each naming the agent (or office), the week and the rule. */
    private void showImpossibilities(List<Impossibility> found) {
        impossibilities.removeAll();
        if (found.isEmpty()) {
            return;
        }
        impossibilities.add(new Div(getTranslation("roster.impossible.title", found.size())));
        for (Impossibility i : found) {
            String week = RosterTexts.date(i.weekStart(), getLocale());
            Div line = new Div(switch (i.rule()) {
                case WEEKLY_MINUTES -> getTranslation("roster.impossible.WEEKLY_MINUTES", i.agentName(), week,
                        Impossibility.hours(i.available()), i.contract(), Impossibility.hours(i.needed()));
                case OFFICE_DAYS -> getTranslation("roster.impossible.OFFICE_DAYS", i.agentName(), week, i.available(),
                        i.contract(), i.needed());
                case SEATS -> getTranslation("roster.impossible.SEATS", getTranslation("roster.office-of", i.site()), week,
                        i.available(), i.needed());
            });
            line.addClassName("roster-impossibility");
            impossibilities.add(line);
        }
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
