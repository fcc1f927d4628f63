package dev.frontline.training.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.TrainingDelivery;
import dev.frontline.db.enums.TrainingGrant;
import dev.frontline.shared.ui.Formats;
import dev.frontline.training.Course;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingService;
import dev.frontline.training.CourseDraft;

/**
 * The course catalogue and its editor: a grid of every course (what it grants, hours and sessions, delivery, trainer,
 * validity, prerequisites) and a form to add a course or change the one selected, with every refusal shown on its field.
 */
class CoursesPanel extends VerticalLayout {

    private final transient TrainingService training;
    private final Runnable changed;
    final Grid<Course> grid = new Grid<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<TrainingGrant> grants = new Select<>();
    final ComboBox<String> skill = new ComboBox<>();
    final BigDecimalField proficiency = new BigDecimalField();
    final BigDecimalField totalHours = new BigDecimalField();
    final IntegerField sessionMinutes = new IntegerField();
    final Select<TrainingDelivery> delivery = new Select<>();
    final ComboBox<String> site = new ComboBox<>();
    final IntegerField roomSeats = new IntegerField();
    final TextField trainerName = new TextField();
    final TextField trainerAgent = new TextField();
    final IntegerField validityMonths = new IntegerField();
    final BigDecimalField offPhoneHours = new BigDecimalField();
    final MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button clear = new Button();
    final Paragraph message = new Paragraph();
    private Course editing;
    private final java.util.Map<String, String> skillNames;

    CoursesPanel(TrainingService training, Runnable changed) {
        this.training = training;
        this.changed = changed;
        setId("training-courses");
        setPadding(false);
        grid.setId("training-course-grid");
        grid.addClassName("fl-dense-grid");
        // eight columns in 1280 px: each text column may be cut, and says all of itself on hover
        skillNames = training.skillNames();
        grid.addColumn(c -> c.course().code()).setHeader(getTranslation("training.col.code")).setWidth("7em")
                .setFlexGrow(0);
        text(c -> c.course().name(), "training.col.name").setFlexGrow(3);
        text(this::grantText, "training.col.grants").setFlexGrow(3);
        text(c -> getTranslation("training.course.hours", Formats.decimal(c.course().totalHours().doubleValue(), 1),
                c.sessions(), c.course().sessionMinutes()), "training.col.hours").setFlexGrow(2);
        text(c -> c.course().delivery() == TrainingDelivery.CLASSROOM
                ? getTranslation("training.course.classroom", c.course().siteCode(), c.course().roomSeats())
                : getTranslation("training.delivery.virtual"), "training.col.delivery");
        text(c -> c.course().trainerName() != null ? c.course().trainerName() : c.course().trainerEmployeeNumber(),
                "training.col.trainer");
        text(c -> c.course().validityMonths() == null ? ""
                : getTranslation("training.course.validity", c.course().validityMonths()), "training.col.validity");
        text(c -> String.join(", ", c.course().prerequisites()), "training.col.prerequisites");
        grid.setHeight("320px");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        code.setId("course-code");
        code.setLabel(getTranslation("training.field.code"));
        name.setId("course-name");
        name.setLabel(getTranslation("training.field.name"));
        grants.setId("course-grants");
        grants.setLabel(getTranslation("training.field.grants"));
        grants.setItems(TrainingGrant.values());
        grants.setItemLabelGenerator(g -> getTranslation("training.grant." + g.name().toLowerCase(Locale.ROOT)));
        skill.setId("course-skill");
        skill.setLabel(getTranslation("training.field.skill"));
        skill.setItems(training.skillCodes());
        skill.setItemLabelGenerator(this::skillName);
        skill.setClearButtonVisible(true);
        proficiency.setId("course-proficiency");
        proficiency.setLabel(getTranslation("training.field.proficiency"));
        proficiency.setHelperText(getTranslation("training.field.proficiency.helper"));
        totalHours.setId("course-hours");
        totalHours.setLabel(getTranslation("training.field.hours"));
        sessionMinutes.setId("course-session");
        sessionMinutes.setLabel(getTranslation("training.field.session"));
        sessionMinutes.setStep(15);
        delivery.setId("course-delivery");
        delivery.setLabel(getTranslation("training.field.delivery"));
        delivery.setItems(TrainingDelivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("training.delivery." + d.name().toLowerCase(Locale.ROOT)));
        site.setId("course-site");
        site.setLabel(getTranslation("training.field.site"));
        site.setItems(training.siteCodes());
        site.setClearButtonVisible(true);
        roomSeats.setId("course-seats");
        roomSeats.setLabel(getTranslation("training.field.seats"));
        trainerName.setId("course-trainer-name");
        trainerName.setLabel(getTranslation("training.field.trainer-name"));
        trainerAgent.setId("course-trainer-agent");
        trainerAgent.setLabel(getTranslation("training.field.trainer-agent"));
        validityMonths.setId("course-validity");
        validityMonths.setLabel(getTranslation("training.field.validity"));
        validityMonths.setHelperText(getTranslation("training.field.validity.helper"));
        offPhoneHours.setId("course-off-phone");
        offPhoneHours.setLabel(getTranslation("training.field.off-phone"));
        prerequisites.setId("course-prerequisites");
        prerequisites.setLabel(getTranslation("training.field.prerequisites"));
        save.setId("course-save");
        save.setText(getTranslation("training.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        clear.setId("course-new");
        clear.setText(getTranslation("training.course.new"));
        clear.addClickListener(e -> grid.asSingleSelect().clear());
        message.setId("course-message");

        FormLayout form = new FormLayout(code, name, grants, skill, proficiency, totalHours, sessionMinutes,
                offPhoneHours, delivery, site, roomSeats, trainerName, trainerAgent, validityMonths, prerequisites);
        add(new H3(getTranslation("training.courses.title")), grid, form, new HorizontalLayout(save, clear), message);
        refresh();
        edit(null);
    }

    /** A text column whose cell, when cut, says all of itself on hover; at least 6em wide, sharing the rest. */
    private Grid.Column<Course> text(com.vaadin.flow.function.ValueProvider<Course, String> value, String header) {
        return grid.addColumn(value).setHeader(getTranslation(header)).setWidth("6em").setFlexGrow(1)
                .setTooltipGenerator(value::apply);
    }

    private String skillName(String code) {
        return skillNames.getOrDefault(code, code);
    }

    private String grantText(Course c) {
        CourseDraft d = c.course();
        return switch (d.grants()) {
            case SKILL -> getTranslation("training.course.grants-skill", skillName(d.skillCode()),
                    Formats.decimal(d.proficiency().doubleValue(), 2));
            case REFRESH -> getTranslation("training.course.refreshes", skillName(d.skillCode()));
            case NONE -> getTranslation("training.grant.none");
        };
    }

    void refresh() {
        List<Course> courses = training.courses();
        grid.setItems(courses);
        Set<String> codes = new TreeSet<>();
        courses.forEach(c -> codes.add(c.course().code()));
        prerequisites.setItems(codes);
    }

    private void edit(Course course) {
        editing = course;
        message.setText("");
        clearErrors();
        CourseDraft d = course == null ? null : course.course();
        code.setValue(d == null ? "" : d.code());
        name.setValue(d == null ? "" : d.name());
        grants.setValue(d == null ? TrainingGrant.NONE : d.grants());
        skill.setValue(d == null ? null : d.skillCode());
        proficiency.setValue(d == null ? null : d.proficiency());
        totalHours.setValue(d == null ? null : d.totalHours());
        sessionMinutes.setValue(d == null ? Integer.valueOf(240) : d.sessionMinutes());
        delivery.setValue(d == null ? TrainingDelivery.VIRTUAL : d.delivery());
        site.setValue(d == null ? null : d.siteCode());
        roomSeats.setValue(d == null ? null : d.roomSeats());
        trainerName.setValue(d == null || d.trainerName() == null ? "" : d.trainerName());
        trainerAgent.setValue(d == null || d.trainerEmployeeNumber() == null ? "" : d.trainerEmployeeNumber());
        validityMonths.setValue(d == null ? null : d.validityMonths());
        offPhoneHours.setValue(d == null ? null : d.offPhoneHours());
        prerequisites.setValue(d == null ? Set.of() : Set.copyOf(d.prerequisites()));
    }

    CourseDraft draft() {
        return new CourseDraft(code.getValue().strip(), name.getValue(), grants.getValue(), skill.getValue(),
                proficiency.getValue(), totalHours.getValue(), sessionMinutes.getValue(), delivery.getValue(),
                site.getValue(), roomSeats.getValue(), trainerAgent.getValue(), trainerName.getValue(),
                validityMonths.getValue(), offPhoneHours.getValue() == null ? totalHours.getValue() : offPhoneHours.getValue(),
                List.copyOf(new TreeSet<>(prerequisites.getValue())));
    }

    void save() {
        clearErrors();
        try {
            Course saved = editing == null ? training.createCourse(draft())
                    : training.updateCourse(editing.id(), editing.version(), draft());
            refresh();
            grid.select(saved);
            message.setText(getTranslation("training.course.saved", saved.course().code()));
            changed.run();
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
            refused.refusals().forEach(r -> markField(r.field(), TrainingTexts.refusal(r)));
        }
    }

    private void markField(String field, String text) {
        com.vaadin.flow.component.HasValidation component = switch (field) {
            case "code" -> code;
            case "name" -> name;
            case "skillCode" -> skill;
            case "proficiency" -> proficiency;
            case "totalHours" -> totalHours;
            case "sessionMinutes" -> sessionMinutes;
            case "siteCode" -> site;
            case "roomSeats" -> roomSeats;
            case "trainerName", "trainerEmployeeNumber" -> trainerName;
            case "validityMonths" -> validityMonths;
            case "offPhoneHours" -> offPhoneHours;
            case "prerequisites" -> prerequisites;
            default -> null;
        };
        if (component != null) {
            component.setInvalid(true);
            component.setErrorMessage(text);
        }
    }

    private void clearErrors() {
        List<com.vaadin.flow.component.HasValidation> fields = List.of(code, name, skill, proficiency, totalHours,
                sessionMinutes, site, roomSeats, trainerName, validityMonths, offPhoneHours, prerequisites);
        fields.forEach(field -> field.setInvalid(false));
    }
}
