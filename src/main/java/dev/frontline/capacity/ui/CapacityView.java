package dev.frontline.capacity.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityRefusal;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.db.enums.AppRole;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;

/**
 * The long-range capacity plan: a plan chosen, its scenarios side by side (planners apply one and add what-ifs), and
 * the chosen scenario's weeks as a chart with bands and a grid. HR reads the same page without the controls.
 */
@Route("capacity")
@Menu(title = "nav.capacity", order = 7.5, icon = "vaadin:calendar-user")
@RolesAllowed({Roles.PLANNER, Roles.HR})
public class CapacityView extends VerticalLayout implements HasDynamicTitle {

    private final CapacityService capacity;
    private final boolean planner;
    private final Select<CapacityPlanSummary> plan = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Button recompute = new Button();
    private final Button create = new Button();
    private final ScenarioComparisonPanel comparison;
    private final WhatIfPanel whatIf;
    private final PlanWeeksPanel weeks;
    private final ClassEditorPanel classEditor;

    public CapacityView(CapacityService capacity, CurrentUser currentUser) {
        this.capacity = capacity;
        this.planner = currentUser.require().role() == AppRole.PLANNER;
        setId("capacity");
        plan.setId("capacity-plan");
        plan.setLabel(getTranslation("capacity.plan"));
        plan.setItemLabelGenerator(p -> getTranslation("capacity.plan.label", p.name(), Formats.date(p.firstWeek()),
                p.weeks()));
        // wide enough for "Demo year · 7 Dec 2026 · 52 weeks" in every language, never wider than the page
        plan.setWidth("30em");
        plan.setMaxWidth("100%");
        plan.addValueChangeListener(e -> {
            plan.setTooltipText(e.getValue() == null ? null : plan.getItemLabelGenerator().apply(e.getValue()));
            show(e.getValue());
        });
        status.setId("capacity-status");
        recompute.setId("capacity-recompute");
        recompute.setText(getTranslation("capacity.recompute"));
        recompute.addClickListener(e -> {
            capacity.recompute(plan.getValue().id());
            show(plan.getValue());
        });
        create.setId("capacity-create");
        create.setText(getTranslation("capacity.create"));
        create.addClickListener(e -> createPlan());
        weeks = new PlanWeeksPanel(capacity);
        classEditor = new ClassEditorPanel(capacity, planner, this::classesChanged);
        comparison = new ScenarioComparisonPanel(capacity, planner, this::applied, this::showScenario);
        whatIf = new WhatIfPanel(capacity, () -> show(plan.getValue()));
        recompute.setVisible(false);
        create.setVisible(planner);
        whatIf.setVisible(false);
        HorizontalLayout choice = new HorizontalLayout(plan, create);
        choice.setWrap(true);
        choice.setAlignItems(Alignment.BASELINE);
        choice.setMaxWidth("100%");
        add(new H2(getTranslation("capacity.title")), new Paragraph(getTranslation("capacity.explain")),
                choice, status, recompute, comparison, whatIf, weeks, classEditor);
        refreshPlans(null);
    }

    private void refreshPlans(Long select) {
        List<CapacityPlanSummary> plans = capacity.plans();
        plan.setItems(plans);
        if (plans.isEmpty()) {
            status.setText(getTranslation("capacity.none"));
            comparison.setVisible(false);
            weeks.setVisible(false);
            classEditor.setVisible(false);
            return;
        }
        plan.setValue(plans.stream().filter(p -> select != null && p.id() == select).findFirst().orElse(plans.getFirst()));
    }

    private void createPlan() {
        try {
            CapacityPlanSummary created = capacity.createPlan(getTranslation("capacity.new-name",
                    Formats.date(capacity.thisMonday())), CapacityService.MIN_WEEKS);
            refreshPlans(created.id());
        } catch (CapacityRefusal e) {
            status.setText(e.phrase().render(getLocale()));
        }
    }

    private void applied(CapacityPlanSummary p) {
        refreshPlans(p.id());
    }

    private void show(CapacityPlanSummary p) {
        if (p == null) {
            return;
        }
        boolean outOfDate = capacity.outOfDate(p.id());
        status.setText(outOfDate ? getTranslation("capacity.out-of-date") : getTranslation("capacity.up-to-date"));
        recompute.setVisible(planner && outOfDate);
        comparison.setVisible(true);
        weeks.setVisible(true);
        classEditor.setVisible(true);
        whatIf.setVisible(planner);
        whatIf.setPlan(p.id());
        comparison.show(p);
    }

    private void showScenario(StoredScenario s) {
        weeks.show(s);
        classEditor.show(s);
    }

    /** A class changed: the scenario's figures in the comparison, its weeks and its classes are new. */
    private void classesChanged(StoredScenario s) {
        comparison.show(plan.getValue());
        StoredScenario fresh = capacity.scenario(s.id()).scenario();
        showScenario(fresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.title") + " | " + getTranslation("app.name");
    }
}
