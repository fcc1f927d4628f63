package dev.frontline.capacity.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.frontline.capacity.CapacityRefusal;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.ClassDraft;
import dev.frontline.capacity.StoredClass;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.shared.ui.Formats;

/**
 * A scenario's hiring classes, each with what it does to the gap (queue-weeks below goal and shortfall in FTE-weeks
 * without it beside the scenario's with every class), and for planners the editor: choose a class to change its
 * start, size, path or site or to remove it, or add one; the scenario is planned again with its other classes as they
 * are. "Propose again" lets the optimiser replace its proposals around the planner's classes. A refusal marks the
 * field it names.
 */
class ClassEditorPanel extends VerticalLayout {

    private final CapacityService capacity;
    private final boolean planner;
    private final Consumer<StoredScenario> onChanged;
    private final Grid<StoredClass> classes = new Grid<>();
    private final Paragraph notes = new Paragraph();
    private final Select<String> queue = new Select<>();
    private final DatePicker start = new DatePicker();
    private final IntegerField size = new IntegerField();
    private final Select<String> path = new Select<>();
    private final Select<String> site = new Select<>();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Button remove = new Button();
    private final Button propose = new Button();
    private final Paragraph error = new Paragraph();
    private final Map<String, HasValidation> byField;
    private StoredScenario scenario;

    ClassEditorPanel(CapacityService capacity, boolean planner, Consumer<StoredScenario> onChanged) {
        this.capacity = capacity;
        this.planner = planner;
        this.onChanged = onChanged;
        setId("capacity-class-editor");
        setPadding(false);
        notes.setId("capacity-shrinkage-notes");
        classes.setId("capacity-classes");
        classes.addColumn(c -> c.hiringClass().queueCode()).setHeader(getTranslation("capacity.col.queue"));
        classes.addColumn(c -> c.hiringClass().siteCode()).setHeader(getTranslation("capacity.col.site"));
        classes.addColumn(c -> Formats.date(c.hiringClass().start())).setHeader(getTranslation("capacity.col.start"));
        classes.addColumn(c -> Formats.integer(c.hiringClass().size())).setHeader(getTranslation("capacity.col.size"));
        classes.addColumn(c -> c.hiringClass().path().code()).setHeader(getTranslation("capacity.col.path"));
        classes.addColumn(c -> Formats.date(c.hiringClass().onPhonesFrom())).setHeader(getTranslation("capacity.col.on-phones"));
        classes.addColumn(c -> getTranslation(c.hiringClass().proposed() ? "capacity.class.proposed" : "capacity.class.planner"))
                .setHeader(getTranslation("capacity.col.origin"));
        classes.addColumn(this::weeksEffect).setHeader(getTranslation("capacity.col.effect-weeks"));
        classes.addColumn(this::shortfallEffect).setHeader(getTranslation("capacity.col.effect-shortfall"));
        classes.setAllRowsVisible(true);
        classes.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::edit, this::clearForm));

        queue.setId("capacity-class-queue");
        queue.setLabel(getTranslation("capacity.col.queue"));
        start.setId("capacity-class-start");
        start.setLabel(getTranslation("capacity.col.start"));
        size.setId("capacity-class-size");
        size.setLabel(getTranslation("capacity.col.size"));
        path.setId("capacity-class-path");
        path.setLabel(getTranslation("capacity.col.path"));
        site.setId("capacity-class-site");
        site.setLabel(getTranslation("capacity.col.site"));
        add.setId("capacity-class-add");
        add.setText(getTranslation("capacity.class.add"));
        add.addClickListener(e -> change(() -> capacity.addClass(scenario.id(), draft())));
        save.setId("capacity-class-save");
        save.setText(getTranslation("capacity.class.save"));
        save.addClickListener(e -> classes.getSelectedItems().stream().findFirst().ifPresent(c ->
                change(() -> capacity.updateClass(scenario.id(), c.id(), draft()))));
        remove.setId("capacity-class-remove");
        remove.setText(getTranslation("capacity.class.remove"));
        remove.addClickListener(e -> classes.getSelectedItems().stream().findFirst().ifPresent(c ->
                change(() -> capacity.removeClass(scenario.id(), c.id()))));
        propose.setId("capacity-class-propose");
        propose.setText(getTranslation("capacity.class.propose"));
        propose.addClickListener(e -> change(() -> capacity.propose(scenario.id())));
        error.setId("capacity-class-error");
        byField = Map.of("queueCode", queue, "start", start, "size", size, "pathCode", path, "siteCode", site);

        HorizontalLayout form = new HorizontalLayout(queue, start, size, path, site);
        HorizontalLayout actions = new HorizontalLayout(add, save, remove, propose);
        // five fields and four buttons are wider than a 1280 px window beside the menu: they wrap
        form.setWrap(true);
        actions.setWrap(true);
        form.setVisible(planner);
        actions.setVisible(planner);
        add(new H3(getTranslation("capacity.classes")), new Paragraph(getTranslation("capacity.classes.explain")),
                classes, form, actions, error, notes);
    }

    void show(StoredScenario shown) {
        this.scenario = shown;
        CapacityService.ScenarioDetail detail = capacity.scenario(shown.id());
        this.scenario = detail.scenario();
        classes.setItems(detail.storedClasses());
        notes.setText(String.join(" ", detail.shrinkageNotes().stream().map(p -> p.render(getLocale())).toList()));
        if (planner) {
            queue.setItems(detail.weeks().stream().map(w -> w.queueCode()).distinct().sorted().toList());
            CapacityService.ClassChoices choices = capacity.classChoices();
            path.setItems(choices.pathCodes());
            site.setItems(choices.siteCodes());
        }
        clearForm();
    }

    private String weeksEffect(StoredClass c) {
        if (c.weeksBelowWithout() == null || scenario.summary() == null) {
            return "–";
        }
        return getTranslation("capacity.class.effect-weeks", c.weeksBelowWithout(), scenario.summary().weeksBelowGoal());
    }

    private String shortfallEffect(StoredClass c) {
        if (c.shortfallWithout() == null || scenario.summary() == null) {
            return "–";
        }
        return getTranslation("capacity.class.effect-shortfall", Formats.decimal(c.shortfallWithout(), 1),
                Formats.decimal(scenario.summary().shortfallFteWeeks(), 1));
    }

    private void edit(StoredClass c) {
        queue.setValue(c.hiringClass().queueCode());
        start.setValue(c.hiringClass().start());
        size.setValue(c.hiringClass().size());
        path.setValue(path.getListDataView().getItems().anyMatch(c.hiringClass().path().code()::equals)
                ? c.hiringClass().path().code() : null);
        site.setValue(site.getListDataView().getItems().anyMatch(c.hiringClass().siteCode()::equals)
                ? c.hiringClass().siteCode() : null);
        save.setEnabled(true);
        remove.setEnabled(true);
    }

    private void clearForm() {
        byField.values().forEach(f -> f.setInvalid(false));
        error.setText("");
        save.setEnabled(false);
        remove.setEnabled(false);
    }

    private ClassDraft draft() {
        return new ClassDraft(queue.getValue(), start.getValue(), size.getValue(), path.getValue(), site.getValue());
    }

    private void change(Runnable action) {
        byField.values().forEach(f -> f.setInvalid(false));
        error.setText("");
        try {
            action.run();
            onChanged.accept(scenario);
        } catch (CapacityRefusal e) {
            String message = e.phrase().render(getLocale());
            HasValidation field = byField.get(e.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            error.setText(message);
        }
    }
}
