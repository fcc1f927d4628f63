package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;

/**
 * Why a roster scores as it does: the cost of each rule it breaks (hard rules first), and the single breaches,
 * filtered by rule, agent and day; with an agent chosen, what that agent costs and which rules it breaks.
 */
class ExplanationPanel extends VerticalLayout {

    /** Enough to read through; the filters narrow the rest. */
    private static final int MAX_BREACHES_SHOWN = 500;

    private final RosterService rosters;
    final Grid<RosterExplanation.ConstraintCost> constraints = new Grid<>();
    final Grid<RosterExplanation.Breach> breaches = new Grid<>();
    final ComboBox<String> breachConstraint = new ComboBox<>();
    final ComboBox<Agent> breachAgent = new ComboBox<>();
    final ComboBox<LocalDate> breachDay = new ComboBox<>();
    final Span agentSummary = new Span();

    private RosterExplanation explanation;
    private LocalDate firstDay;
    private PlannerWording wording;

    ExplanationPanel(RosterService rosters) {
        this.rosters = rosters;
        configureConstraints();
        configureBreaches();
        configureFilters();
        HorizontalLayout breachFilters = new HorizontalLayout(breachConstraint, breachAgent, breachDay);
        breachFilters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(constraints, breachFilters, agentSummary, breaches);
    }

    private void configureConstraints() {
        constraints.setId("roster-explanation-constraints");
        constraints.setAllRowsVisible(true);
        constraints.addColumn(c -> PlannerWording.rule(c.constraint(), getLocale()))
                .setHeader(getTranslation("roster.explain.constraint")).setFlexGrow(3)
                .setTooltipGenerator(RosterExplanation.ConstraintCost::constraint);
        constraints.addColumn(c -> getTranslation(c.hard() ? "roster.explain.hard" : "roster.explain.soft"))
                .setHeader(getTranslation("roster.explain.kind")).setAutoWidth(true).setFlexGrow(0);
        // the cost in words; the solver's own score on hover for experts
        constraints.addColumn(c -> PlannerWording.cost(c.score(), getLocale())).setHeader(getTranslation("roster.explain.cost"))
                .setAutoWidth(true).setTooltipGenerator(c -> c.score().toString());
        // how many single cases the rule has (one per interval for coverage), not how often the solver matched it
        constraints.addColumn(c -> explanation == null ? c.matches()
                        : Math.max(c.matches() == 0 ? 0 : 1, explanation.breaches(c.constraint(), null, null).size()))
                .setHeader(getTranslation("roster.explain.cases")).setAutoWidth(true).setFlexGrow(0);
        constraints.setPartNameGenerator(c -> c.hard() && c.matches() > 0 ? "broken" : null);
    }

    private void configureBreaches() {
        breaches.setId("roster-explanation-breaches");
        breaches.setHeight("360px");
        breaches.addColumn(b -> PlannerWording.rule(b.constraint(), getLocale()))
                .setHeader(getTranslation("roster.explain.constraint")).setFlexGrow(2)
                .setTooltipGenerator(b -> PlannerWording.rule(b.constraint(), getLocale()));
        breaches.addColumn(b -> PlannerWording.cost(b.cost(), getLocale())).setHeader(getTranslation("roster.explain.cost"))
                .setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(b -> b.cost().toString());
        // dates, names and places, never the engine's day numbers or codes
        breaches.addColumn(b -> b.why().agentId() == null || wording == null ? "" : wording.name(b.why().agentId()))
                .setHeader(getTranslation("roster.explain.agent"));
        breaches.addColumn(b -> b.why().day() == null || wording == null ? "" : wording.day(b.why().day()))
                .setHeader(getTranslation("roster.explain.day"));
        breaches.addColumn(b -> wording == null ? b.why().description() : wording.sentence(b.why().message()))
                .setHeader(getTranslation("roster.explain.why")).setFlexGrow(4)
                .setTooltipGenerator(b -> wording == null ? b.why().description() : wording.sentence(b.why().message()));
        breaches.setPartNameGenerator(b -> b.hard() ? "broken" : null);
    }

    private void configureFilters() {
        breachConstraint.setId("roster-explanation-filter-constraint");
        breachConstraint.setLabel(getTranslation("roster.explain.filter.constraint"));
        breachConstraint.setClearButtonVisible(true);
        breachAgent.setId("roster-explanation-filter-agent");
        breachAgent.setLabel(getTranslation("roster.explain.filter.agent"));
        breachAgent.setItemLabelGenerator(Agent::name);
        breachAgent.setClearButtonVisible(true);
        breachDay.setId("roster-explanation-filter-day");
        breachDay.setLabel(getTranslation("roster.explain.filter.day"));
        breachDay.setItemLabelGenerator(date -> RosterTexts.date(date, getLocale()));
        breachDay.setClearButtonVisible(true);
        breachConstraint.addValueChangeListener(e -> showBreaches());
        breachAgent.addValueChangeListener(e -> showBreaches());
        breachDay.addValueChangeListener(e -> showBreaches());
        agentSummary.setId("roster-explanation-agent-summary");
    }

    /** No roster: no breaches and no agent summary (the rule costs of the last roster stay until the next). */
    void clear() {
        explanation = null;
        firstDay = null;
        wording = null;
        showBreaches();
    }

    /** The version's explanation when its roster could be loaded ({@code loaded} null: nothing to explain). */
    void show(RosterVersionSummary summary, LoadedRoster loaded) {
        firstDay = summary.firstDay();
        explanation = loaded == null ? null : rosters.explain(summary.id());
        wording = loaded == null ? null : new PlannerWording(loaded.roster(), getLocale());
        constraints.setItems(explanation == null ? List.of() : explanation.constraints().stream()
                .filter(c -> c.matches() > 0)
                .sorted(Comparator.comparing((RosterExplanation.ConstraintCost c) -> !c.hard())
                        .thenComparing(RosterExplanation.ConstraintCost::score))
                .toList());
        breachConstraint.setItems(explanation == null ? List.of()
                : explanation.constraints().stream().filter(c -> c.matches() > 0)
                        .map(RosterExplanation.ConstraintCost::constraint).sorted().toList());
        breachConstraint.setItemLabelGenerator(c -> PlannerWording.rule(c, getLocale()));
        breachAgent.setItems(loaded == null ? List.of() : loaded.roster().getAgents());
        breachDay.setItems(summary.days());
        showBreaches();
    }

    /** The filtered breaches and, when an agent is chosen, what that agent costs and which rules it breaks. */
    private void showBreaches() {
        if (explanation == null) {
            breaches.setItems(List.of());
            agentSummary.setText("");
            return;
        }
        Agent agent = breachAgent.getValue();
        LocalDate date = breachDay.getValue();
        Integer day = date == null || firstDay == null ? null : (int) (date.toEpochDay() - firstDay.toEpochDay());
        breaches.setItems(explanation.breaches(breachConstraint.getValue(), agent == null ? null : agent.id(), day).stream()
                .sorted(Comparator.comparing((RosterExplanation.Breach b) -> !b.hard())
                        .thenComparing(RosterExplanation.Breach::cost))
                .limit(MAX_BREACHES_SHOWN).toList());
        if (agent == null) {
            agentSummary.setText("");
            return;
        }
        RosterExplanation.AgentCost cost = explanation.agentCost(agent.id());
        List<String> rules = new ArrayList<>();
        cost.byConstraint().forEach((rule, score) -> rules.add(PlannerWording.rule(rule, getLocale()) + ": "
                + PlannerWording.cost(score, getLocale())));
        agentSummary.setText(getTranslation(rules.isEmpty() ? "roster.explain.agent-clean" : "roster.explain.agent-summary",
                agent.name(), Math.abs(cost.total().hardScore()), Math.abs(cost.total().softScore()), String.join("; ", rules)));
    }
}
