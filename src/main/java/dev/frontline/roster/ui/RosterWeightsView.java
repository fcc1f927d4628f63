package dev.frontline.roster.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.ConstraintWeight;
import dev.frontline.roster.service.RosterService;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;

/** The soft roster rules' weights: the engine's default, the planner's override (empty = default), who set it when. */
@Route("roster-weights")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.roster-weights", order = 31, icon = "vaadin:scale")
public class RosterWeightsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ConstraintWeight> grid = new Grid<>();
    final Map<String, IntegerField> fields = new HashMap<>();
    final Button save = new Button();
    private final RosterService rosters;

    public RosterWeightsView(RosterService rosters) {
        this.rosters = rosters;
        setId("roster-weights-view");
        grid.setId("roster-weights-grid");
        grid.setAllRowsVisible(true);
        // the rule in the planner's words; its engine name on hover, for experts reading the solver's logs
        grid.addColumn(w -> PlannerWording.rule(w.constraintName(), getLocale()))
                .setHeader(getTranslation("roster.weights.rule")).setFlexGrow(3)
                .setTooltipGenerator(ConstraintWeight::constraintName);
        grid.addColumn(ConstraintWeight::defaultWeight).setHeader(getTranslation("roster.weights.default"));
        grid.addComponentColumn(w -> fields.computeIfAbsent(w.constraintName(), name -> field(w)))
                .setHeader(getTranslation("roster.weights.weight"));
        grid.addColumn(w -> w.updatedBy() == null ? "" : getTranslation("roster.weights.changed", w.updatedBy(),
                Formats.date(w.updatedAt().toLocalDate()))).setHeader(getTranslation("roster.weights.by")).setFlexGrow(2);
        save.setId("roster-weights-save");
        save.setText(getTranslation("roster.weights.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("roster.weights.title")), new Paragraph(getTranslation("roster.weights.help")), grid, save);
        refresh(rosters.weights());
    }

    private IntegerField field(ConstraintWeight weight) {
        IntegerField field = new IntegerField();
        field.setId("roster-weight-" + weight.constraintName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        field.setMin(0);
        field.setPlaceholder(String.valueOf(weight.defaultWeight()));
        field.setValue(weight.weight() == null ? null : Math.toIntExact(weight.weight()));
        return field;
    }

    private void save() {
        Map<String, Long> weights = new HashMap<>();
        fields.forEach((name, field) -> weights.put(name, field.getValue() == null ? null : field.getValue().longValue()));
        try {
            refresh(rosters.saveWeights(weights));
            Notification.show(getTranslation("roster.weights.saved"), 3000, Notification.Position.BOTTOM_START)
                    .setId("roster-weights-saved");
        } catch (RuntimeException e) {
            Notification n = Notification.show(RosterTexts.problem(e), 8000, Notification.Position.MIDDLE);
            n.setId("roster-weights-error");
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh(List<ConstraintWeight> weights) {
        fields.clear();
        grid.setItems(weights);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roster-weights") + " | " + getTranslation("app.name");
    }
}
