package dev.frontline.capacity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import dev.frontline.capacity.CapacityRefusal;
import dev.frontline.capacity.FrontierService;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.capacity.engine.frontier.FrontierPoint;

/**
 * One point of the frontier explained (where each figure comes from and how sure it is), and for planners "Follow
 * this point": the plan's frontier scenario takes its levers and is planned with the hiring optimisation, and its
 * figures are shown.
 */
class FrontierPointPanel extends Div {

    private final FrontierService frontier;
    private final H3 title = new H3();
    private final UnorderedList why = new UnorderedList();
    private final Button follow = new Button();
    private final Paragraph result = new Paragraph();
    private final Runnable changed;
    private FrontierPoint point;
    private long planId;

    FrontierPointPanel(FrontierService frontier, boolean planner, Runnable changed) {
        this.frontier = frontier;
        this.changed = changed;
        setId("frontier-point");
        why.setId("frontier-why");
        follow.setId("frontier-follow");
        follow.setText(getTranslation("capacity.frontier.follow"));
        follow.setVisible(planner);
        follow.addClickListener(e -> follow());
        result.setId("frontier-result");
        add(title, why, follow, result);
    }

    void setPlan(long id) {
        planId = id;
    }

    void show(FrontierPoint p) {
        point = p;
        title.setText(getTranslation(p.current() ? "capacity.frontier.point.current"
                : p.efficient() ? "capacity.frontier.point.efficient" : "capacity.frontier.point.beaten"));
        why.removeAll();
        p.why().forEach(w -> why.add(new ListItem(w.render(getLocale()))));
    }

    private void follow() {
        if (point == null) {
            return;
        }
        try {
            StoredScenario s = frontier.choose(planId, point.levers());
            var summary = s.summary();
            result.setText(getTranslation("capacity.frontier.followed", s.name(), summary.hires(),
                    Math.round(summary.hireFteWeeks()), summary.weeksBelowGoal(),
                    Math.round(1000 * summary.expectedServiceLevel()) / 10.0));
            changed.run();
        } catch (CapacityRefusal e) {
            result.setText(e.phrase().render(getLocale()));
        }
    }
}
