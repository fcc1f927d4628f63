package dev.frontline.training.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.AppRole;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.Roles;
import dev.frontline.training.TrainingSupplyService;

/**
 * What training supplies and costs, for HR and planners: the learning curve (fitted from the centre's new hires, or
 * configured), the time to proficiency of each path, and the off-phone hours per month against HR's budget.
 */
@Route("training/supply")
@RolesAllowed({Roles.HR, Roles.PLANNER})
@Menu(title = "training2.nav.supply", order = 5.5, icon = "vaadin:trending-up")
public class TrainingSupplyView extends VerticalLayout implements HasDynamicTitle {

    final LearningCurvePanel curve;
    final TimeToProficiencyPanel paths;
    final OffPhoneBudgetPanel budget;

    public TrainingSupplyView(TrainingSupplyService supply, CurrentUser currentUser) {
        setId("training-supply");
        curve = new LearningCurvePanel(supply);
        paths = new TimeToProficiencyPanel(supply);
        boolean hr = currentUser.get().map(u -> u.role() == AppRole.HR).orElse(false);
        budget = new OffPhoneBudgetPanel(supply, hr);
        add(new H2(getTranslation("training2.supply.title")), new Paragraph(getTranslation("training2.supply.intro")),
                curve, paths, budget);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training2.supply.title") + " | " + getTranslation("app.name");
    }
}
