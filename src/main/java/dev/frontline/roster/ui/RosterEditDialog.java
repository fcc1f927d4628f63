package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.EditCheck;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.Recommendation;
import dev.frontline.roster.service.RosterService;

/**
 * Changes one agent's day: a shift and place or a day off. "Check" shows what the change does to every rule before
 * anything is saved; "Who could take this gap?" lists the shifts the solver recommends for the day; "Save" writes the
 * change as a pinned shift of the draft.
 */
class RosterEditDialog extends Dialog {

    private static final String DAY_OFF = "";

    final Select<String> shift = new Select<>();
    final Select<String> location = new Select<>();
    final Button check = new Button();
    final Button recommend = new Button();
    final Button save = new Button();
    final Div result = new Div();
    final Grid<Recommendation> recommendations = new Grid<>();
    private final PlannerWording wording;


    RosterEditDialog(RosterService rosters, LoadedRoster loaded, String employeeNumber, LocalDate date, Runnable onSaved) {
        setId("roster-edit-dialog");
        int day = (int) (date.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        AgentDay agentDay = loaded.roster().agentDay(employeeNumber, day);
        Agent agent = agentDay.getAgent();
        wording = new PlannerWording(loaded.roster(), getLocale());
        setHeaderTitle(getTranslation("roster.edit.title", agent.id() + " " + agent.name(), RosterTexts.date(date, getLocale())));

        List<String> shifts = new ArrayList<>();
        shifts.add(DAY_OFF);
        agent.shiftTypes().forEach(s -> shifts.add(s.id()));
        shift.setId("roster-edit-shift");
        shift.setLabel(getTranslation("roster.edit.shift"));
        shift.setItems(shifts);
        shift.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("roster.edit.day-off") : wording.shift(s));
        shift.setValue(agentDay.getShift() == null ? DAY_OFF : agentDay.getShift().id());
        location.setId("roster-edit-location");
        location.setLabel(getTranslation("roster.edit.location"));
        location.setItems(agent.locations().stream().map(WorkLocation::label).toList());
        location.setValue(agentDay.getLocation().label());
        location.setItemLabelGenerator(this::place);

        check.setId("roster-edit-check");
        check.setText(getTranslation("roster.edit.check"));
        check.addClickListener(e -> act(() -> showCheck(rosters.checkEdit(loaded.version().id(), employeeNumber, date,
                shiftId(), siteCode()))));
        recommend.setId("roster-edit-recommend");
        recommend.setText(getTranslation("roster.edit.recommend"));
        recommend.addClickListener(e -> act(() -> recommendations.setItems(
                rosters.recommend(loaded.version().id(), employeeNumber, date))));
        save.setId("roster-edit-save");
        save.setText(getTranslation("roster.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(loaded.version().status() == dev.frontline.db.enums.RosterStatus.DRAFT);
        save.addClickListener(e -> act(() -> {
            showCheck(rosters.saveEdit(loaded.version().id(), employeeNumber, date, shiftId(), siteCode()));
            close();
            onSaved.run();
        }));
        Button cancel = new Button(getTranslation("roster.edit.cancel"), e -> close());
        cancel.setId("roster-edit-cancel");

        result.setId("roster-edit-result");
        recommendations.setId("roster-edit-recommendations");
        recommendations.setAllRowsVisible(true);
        recommendations.addColumn(r -> wording.shift(r.shiftTypeId())).setHeader(getTranslation("roster.edit.shift"))
                .setTooltipGenerator(Recommendation::shiftTypeId);
        recommendations.addColumn(r -> place(r.location())).setHeader(getTranslation("roster.edit.location"))
                .setTooltipGenerator(Recommendation::location);
        recommendations.addColumn(r -> PlannerWording.change(r.scoreChange(), getLocale()))
                .setHeader(getTranslation("roster.edit.change")).setTooltipGenerator(r -> r.scoreChange().toString());
        recommendations.addItemClickListener(e -> {
            shift.setValue(e.getItem().shiftTypeId());
            location.setValue(e.getItem().location());
        });

        add(new VerticalLayout(shift, location, result, recommendations));
        getFooter().add(check, recommend, cancel, save);
        setWidth("720px");
    }

    /** "Home" or "Office, Istanbul" for a location label (HOME, OFFICE@IST). */
    private String place(String label) {
        return label == null || !label.startsWith("OFFICE@") ? wording.place(WorkLocation.HOME)
                : wording.office(label.substring("OFFICE@".length()));
    }

    private String shiftId() {
        return shift.getValue() == null || shift.getValue().isEmpty() ? null : shift.getValue();
    }

    private String siteCode() {
        String label = location.getValue();
        return label == null || !label.startsWith("OFFICE@") ? null : label.substring("OFFICE@".length());
    }

    void showCheck(EditCheck check) {
        result.removeAll();
        Span score = new Span(getTranslation("roster.edit.score", PlannerWording.score(check.before(), getLocale()),
                PlannerWording.score(check.after(), getLocale())));
        score.setTitle(check.before() + " → " + check.after());
        result.add(new Div(score));
        if (!check.breaksHardRules()) {
            Span ok = new Span(getTranslation("roster.edit.rules-hold"));
            ok.setId("roster-edit-ok");
            result.add(new Div(ok));
        }
        for (RosterExplanation.Breach breach : check.newHardBreaches()) {
            Div line = new Div(new Span(wording.rule(breach.constraint()) + ": " + wording.sentence(breach.why().message())));
            line.addClassName("roster-broken");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(line);
        }
        check.newSoftBreaches().stream().limit(10)
                .forEach(b -> result.add(new Div(new Span(wording.rule(b.constraint()) + " ("
                        + PlannerWording.cost(b.cost(), getLocale()) + "): " + wording.sentence(b.why().message())))));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Notification n = Notification.show(RosterTexts.problem(e), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
