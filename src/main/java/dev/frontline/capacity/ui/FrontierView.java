package dev.frontline.capacity.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.FrontierService;
import dev.frontline.db.enums.AppRole;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;

/**
 * The speed–quality frontier of a capacity plan: the efficient lever settings and the current plan drawn as speed
 * against quality, a click explaining a point, and for planners the choice that makes the plan follow it. HR reads.
 */
@Route("capacity/frontier")
@Menu(title = "nav.capacity-frontier", order = 7.6, icon = "vaadin:scatter-chart")
@RolesAllowed({Roles.PLANNER, Roles.HR})
public class FrontierView extends VerticalLayout implements HasDynamicTitle {

    private final FrontierService frontier;
    private final Select<CapacityPlanSummary> plan = new Select<>();
    private final Button draw = new Button();
    private final Paragraph status = new Paragraph();
    private final FrontierChartPanel chart;
    private final FrontierPointPanel point;
    private final UnorderedList notes = new UnorderedList();

    public FrontierView(FrontierService frontier, CapacityService capacity, CurrentUser currentUser) {
        this.frontier = frontier;
        boolean planner = currentUser.require().role() == AppRole.PLANNER;
        setId("capacity-frontier");
        plan.setId("frontier-plan");
        plan.setLabel(getTranslation("capacity.plan"));
        plan.setItemLabelGenerator(p -> getTranslation("capacity.plan.label", p.name(), Formats.date(p.firstWeek()),
                p.weeks()));
        draw.setId("frontier-draw");
        draw.setText(getTranslation("capacity.frontier.draw"));
        draw.addClickListener(e -> draw());
        status.setId("frontier-status");
        notes.setId("frontier-notes");
        point = new FrontierPointPanel(frontier, planner, this::draw);
        chart = new FrontierChartPanel(point::show);
        List<CapacityPlanSummary> plans = capacity.plans();
        plan.setItems(plans);
        if (plans.isEmpty()) {
            status.setText(getTranslation("capacity.none"));
            draw.setEnabled(false);
        } else {
            plan.setValue(plans.getFirst());
        }
        add(new H2(getTranslation("capacity.frontier.title")), new Paragraph(getTranslation("capacity.frontier.explain")),
                new HorizontalLayout(plan, draw), status, chart, point,
                new H3(getTranslation("capacity.frontier.notes")), notes);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    private void draw() {
        if (plan.getValue() == null) {
            return;
        }
        FrontierService.Frontier f = frontier.frontier(plan.getValue().id());
        long efficient = f.result().points().stream().filter(p -> p.efficient()).count();
        status.setText(getTranslation("capacity.frontier.status", f.result().points().size(), efficient,
                f.around().name()));
        chart.show(f.result());
        point.show(f.result().current());
        point.setPlan(plan.getValue().id());
        notes.removeAll();
        f.result().notes().forEach(n -> notes.add(new ListItem(n.render(getLocale()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("capacity.frontier.title") + " | " + getTranslation("app.name");
    }
}
