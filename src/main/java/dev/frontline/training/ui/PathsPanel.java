package dev.frontline.training.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.shared.ui.Formats;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingPath;
import dev.frontline.training.TrainingService;
import dev.frontline.training.PathDraft;

/**
 * Paths and their editor: a grid of paths (purpose, courses in order, nesting) and a form to add or change one, its
 * courses put in order with up and remove buttons; a course placed before its prerequisite is refused, naming both.
 */
class PathsPanel extends VerticalLayout {

    private final transient TrainingService training;
    final Grid<TrainingPath> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<TrainingPathPurpose> purpose = new Select<>();
    final IntegerField nestingWeeks = new IntegerField();
    final BigDecimalField nestingProficiency = new BigDecimalField();
    final ComboBox<String> course = new ComboBox<>();
    final Button addCourse = new Button();
    final Grid<String> courses = new Grid<>();
    final Button save = new Button();
    final Button clear = new Button();
    final Paragraph message = new Paragraph();
    private final List<String> ordered = new ArrayList<>();
    private TrainingPath editing;

    PathsPanel(TrainingService training) {
        this.training = training;
        setId("training-paths");
        setPadding(false);
        grid.setId("training-path-grid");
        grid.addColumn(p -> p.path().code()).setHeader(getTranslation("training.col.code")).setAutoWidth(true);
        grid.addColumn(p -> p.path().name()).setHeader(getTranslation("training.col.name")).setFlexGrow(2);
        grid.addColumn(p -> purposeText(p.path().purpose())).setHeader(getTranslation("training.col.purpose"));
        grid.addColumn(p -> String.join(" → ", p.path().courses())).setHeader(getTranslation("training.col.courses"))
                .setFlexGrow(3);
        grid.addColumn(p -> p.path().nestingWeeks() == 0 ? "" : getTranslation("training.path.nesting",
                p.path().nestingWeeks(), Formats.decimal(p.path().nestingProficiency().doubleValue(), 2)))
                .setHeader(getTranslation("training.col.nesting"));
        grid.setHeight("240px");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setId("path-code");
        code.setLabel(getTranslation("training.field.code"));
        name.setId("path-name");
        name.setLabel(getTranslation("training.field.name"));
        purpose.setId("path-purpose");
        purpose.setLabel(getTranslation("training.field.purpose"));
        purpose.setItems(TrainingPathPurpose.values());
        purpose.setItemLabelGenerator(this::purposeText);
        nestingWeeks.setId("path-nesting-weeks");
        nestingWeeks.setLabel(getTranslation("training.field.nesting-weeks"));
        nestingWeeks.setHelperText(getTranslation("training.field.nesting-weeks.helper"));
        nestingProficiency.setId("path-nesting-proficiency");
        nestingProficiency.setLabel(getTranslation("training.field.nesting-proficiency"));
        course.setId("path-course");
        course.setLabel(getTranslation("training.field.add-course"));
        addCourse.setId("path-add-course");
        addCourse.setText(getTranslation("training.path.add"));
        addCourse.addClickListener(e -> {
            if (course.getValue() != null && !ordered.contains(course.getValue())) {
                ordered.add(course.getValue());
                course.clear();
                showCourses();
            }
        });
        courses.setId("path-courses");
        courses.addColumn(c -> ordered.indexOf(c) + 1).setHeader(getTranslation("training.col.position")).setAutoWidth(true);
        courses.addColumn(c -> c).setHeader(getTranslation("training.col.code"));
        courses.addComponentColumn(c -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(c));
            up.setAriaLabel(getTranslation("training.path.up"));
            up.setEnabled(ordered.indexOf(c) > 0);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                ordered.remove(c);
                showCourses();
            });
            remove.setAriaLabel(getTranslation("training.path.remove"));
            return new HorizontalLayout(up, remove);
        });
        courses.setHeight("220px");
        save.setId("path-save");
        save.setText(getTranslation("training.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        clear.setId("path-new");
        clear.setText(getTranslation("training.path.new"));
        clear.addClickListener(e -> grid.asSingleSelect().clear());
        message.setId("path-message");

        HorizontalLayout adding = new HorizontalLayout(course, addCourse);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        FormLayout form = new FormLayout(code, name, purpose, nestingWeeks, nestingProficiency);
        add(new H3(getTranslation("training.paths.title")), grid, form, adding, courses,
                new HorizontalLayout(save, clear), message);
        refresh();
        edit(null);
    }

    private String purposeText(TrainingPathPurpose p) {
        return getTranslation("training.purpose." + p.name().toLowerCase(Locale.ROOT));
    }

    /** Reloads the paths and the courses a path may hold (after the catalogue changed). */
    void refresh() {
        grid.setItems(training.paths());
        course.setItems(training.courses().stream().map(c -> c.course().code()).toList());
    }

    /** Moves a course one place up, as its arrow does. */
    void move(String c) {
        int at = ordered.indexOf(c);
        if (at > 0) {
            ordered.remove(at);
            ordered.add(at - 1, c);
            showCourses();
        }
    }

    private void showCourses() {
        courses.setItems(List.copyOf(ordered));
    }

    private void edit(TrainingPath path) {
        editing = path;
        message.setText("");
        PathDraft d = path == null ? null : path.path();
        code.setValue(d == null ? "" : d.code());
        name.setValue(d == null ? "" : d.name());
        purpose.setValue(d == null ? TrainingPathPurpose.ONBOARDING : d.purpose());
        nestingWeeks.setValue(d == null ? Integer.valueOf(0) : d.nestingWeeks());
        nestingProficiency.setValue(d == null ? null : d.nestingProficiency());
        ordered.clear();
        if (d != null) {
            ordered.addAll(d.courses());
        }
        showCourses();
    }

    /** The courses in the order the editor holds them. */
    List<String> orderedCourses() {
        return List.copyOf(ordered);
    }

    void save() {
        PathDraft draft = new PathDraft(code.getValue().strip(), name.getValue(), purpose.getValue(),
                nestingWeeks.getValue(), nestingProficiency.getValue(), List.copyOf(ordered));
        try {
            TrainingPath saved = editing == null ? training.createPath(draft)
                    : training.updatePath(editing.id(), editing.version(), draft);
            refresh();
            grid.select(saved);
            message.setText(getTranslation("training.path.saved", saved.path().code()));
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
        }
    }
}
