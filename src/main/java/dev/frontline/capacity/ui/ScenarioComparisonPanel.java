package dev.frontline.capacity.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.shared.ui.Formats;

/** A plan's scenarios side by side: one column each, one row per figure; planners apply one, anyone opens one. */
class ScenarioComparisonPanel extends VerticalLayout {

    /** One figure of every scenario. */
    record Measure(String label, List<String> values) {
    }

    private final CapacityService capacity;
    private final boolean planner;
    private final Consumer<CapacityPlanSummary> onApplied;
    private final Consumer<StoredScenario> onOpen;
    private final Grid<Measure> grid = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Paragraph quality = new Paragraph();

    ScenarioComparisonPanel(CapacityService capacity, boolean planner, Consumer<CapacityPlanSummary> onApplied,
            Consumer<StoredScenario> onOpen) {
        this.capacity = capacity;
        this.planner = planner;
        this.onApplied = onApplied;
        this.onOpen = onOpen;
        setId("capacity-comparison");
        setPadding(false);
        grid.setId("capacity-scenarios");
        grid.setAllRowsVisible(true);
        // the levers of a what-if are a sentence: they wrap inside their column instead of widening the page
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setId("capacity-scenario-actions");
        actions.setWrap(true);
        actions.setMaxWidth("100%");
        quality.setId("capacity-quality-note");
        quality.setText(getTranslation("capacity.quality.source"));
        add(new H3(getTranslation("capacity.scenarios")), grid, actions, quality);
    }

    void show(CapacityPlanSummary plan) {
        List<StoredScenario> scenarios = capacity.scenarios(plan.id());
        grid.removeAllColumns();
        grid.addColumn(Measure::label).setHeader(getTranslation("capacity.col.figure")).setAutoWidth(true);
        for (int i = 0; i < scenarios.size(); i++) {
            int index = i;
            StoredScenario s = scenarios.get(i);
            String header = s.name() + (plan.appliedScenarioId() != null && plan.appliedScenarioId() == s.id()
                    ? " " + getTranslation("capacity.applied-mark") : "");
            grid.addColumn(m -> m.values().get(index)).setHeader(header).setKey("scenario-" + s.id())
                    .setTooltipGenerator(m -> m.values().get(index));
        }
        List<Measure> rows = new ArrayList<>();
        rows.add(measure("capacity.fig.levers", scenarios, this::levers));
        rows.add(measure("capacity.fig.required", scenarios, s -> s.summary() == null ? "–"
                : Formats.decimal(s.summary().averageRequiredFte(), 1)));
        rows.add(measure("capacity.fig.peak", scenarios, s -> s.summary() == null ? "–"
                : Formats.decimal(s.summary().peakRequiredFte(), 1)));
        rows.add(measure("capacity.fig.hires", scenarios, s -> s.summary() == null ? "–"
                : Formats.integer(s.summary().hires())));
        rows.add(measure("capacity.fig.cost", scenarios, s -> s.summary() == null ? "–"
                : Formats.decimal(s.summary().hireFteWeeks(), 0)));
        rows.add(measure("capacity.fig.below", scenarios, s -> s.summary() == null ? "–"
                : Formats.integer(s.summary().weeksBelowGoal())));
        rows.add(measure("capacity.fig.shortfall", scenarios, s -> s.summary() == null ? "–"
                : Formats.decimal(s.summary().shortfallFteWeeks(), 0)));
        rows.add(measure("capacity.fig.sl", scenarios, s -> s.summary() == null
                || Double.isNaN(s.summary().expectedServiceLevel()) ? "–"
                : Formats.percent(100 * s.summary().expectedServiceLevel(), 1)));
        rows.add(measure("capacity.fig.qa", scenarios, s -> expected(s, true)));
        rows.add(measure("capacity.fig.fcr", scenarios, s -> expected(s, false)));
        grid.setItems(rows);
        actions.removeAll();
        for (StoredScenario s : scenarios) {
            Button open = new Button(getTranslation("capacity.open", s.name()), e -> onOpen.accept(s));
            open.setId("capacity-open-" + s.id());
            actions.add(open);
            if (planner) {
                Button apply = new Button(getTranslation("capacity.apply", s.name()), e -> onApplied.accept(
                        capacity.apply(plan.id(), plan.version(), s.id())));
                apply.setId("capacity-apply-" + s.id());
                actions.add(apply);
            }
        }
        scenarios.stream().filter(s -> plan.appliedScenarioId() != null && s.id() == plan.appliedScenarioId())
                .findFirst().or(() -> scenarios.stream().findFirst()).ifPresent(onOpen);
    }

    private Measure measure(String key, List<StoredScenario> scenarios, Function<StoredScenario, String> value) {
        return new Measure(getTranslation(key), scenarios.stream().map(value).toList());
    }

    /** Expected QA or FCR "84.1 ± 0.6", or why it cannot be told. */
    private String expected(StoredScenario s, boolean qa) {
        var saved = s.summary() == null ? java.util.Optional.<dev.frontline.capacity.ExpectedQuality>empty()
                : capacity.expectedQuality(s.id());
        if (saved.isEmpty()) {
            return "–";
        }
        Double value = qa ? saved.get().qa() : saved.get().fcr();
        Double se = qa ? saved.get().qaSe() : saved.get().fcrSe();
        return value == null ? getTranslation("capacity.quality.cannot-tell")
                : getTranslation("capacity.quality.value", Formats.decimal(value, 1), Formats.decimal(1.96 * se, 1));
    }

    /** The levers in words: "volume +10 %, goal 90 % in 20 s", or "as forecast" for the baseline. */
    private String levers(StoredScenario s) {
        List<String> parts = new ArrayList<>();
        var l = s.levers();
        if (l.attritionPoints() != 0) {
            parts.add(getTranslation("capacity.lever.attrition", Formats.decimal(l.attritionPoints(), 1)));
        }
        if (l.volumePercent() != 0) {
            parts.add(getTranslation("capacity.lever.volume", Formats.decimal(l.volumePercent(), 1)));
        }
        if (l.ahtPercent() != 0) {
            parts.add(getTranslation("capacity.lever.aht", Formats.decimal(l.ahtPercent(), 1)));
        }
        if (l.serviceLevelPercent() != null) {
            parts.add(getTranslation("capacity.lever.goal", Formats.decimal(l.serviceLevelPercent(), 0),
                    l.thresholdSeconds() == null ? "–" : Formats.integer(l.thresholdSeconds())));
        }
        if (l.occupancyCapPercent() != null) {
            parts.add(getTranslation("capacity.lever.occupancy", Formats.decimal(l.occupancyCapPercent(), 0)));
        }
        if (l.classroomWeeks() != null) {
            parts.add(getTranslation("capacity.lever.classroom", l.classroomWeeks()));
        }
        if (l.nestingWeeks() != null) {
            parts.add(getTranslation("capacity.lever.nesting", l.nestingWeeks()));
        }
        if (l.coachingHoursPerWeek() != null) {
            parts.add(getTranslation("capacity.lever.coaching", Formats.decimal(l.coachingHoursPerWeek(), 1)));
        }
        if (l.hiringBudget() != null) {
            parts.add(getTranslation("capacity.lever.budget", l.hiringBudget()));
        }
        if (l.homeSharePercent() != null) {
            parts.add(getTranslation("capacity.lever.home-share", Formats.decimal(l.homeSharePercent(), 0)));
        }
        if (l.onboardingWeeks() != null) {
            parts.add(getTranslation("capacity.lever.onboarding", l.onboardingWeeks()));
        }
        if (l.crossSkills()) {
            parts.add(getTranslation("capacity.lever.cross-skill", l.crossSkillAgents(), Formats.date(l.crossSkillFrom())));
        }
        return parts.isEmpty() ? getTranslation("capacity.lever.none") : String.join(", ", parts);
    }

}
