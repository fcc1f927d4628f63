package dev.frontline.training.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.training.Enrolment;
import dev.frontline.training.EnrolmentRequest;
import dev.frontline.training.PathEnrolment;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingService;

/**
 * Enrolments for HR and planners, by team: enrol agents or a whole team on a course or a path; the path enrolments with
 * their progress (courses done, phase, next course, nesting); every course enrolment with its status, where a result is
 * recorded; and what needs attention — overdue work and compliance expired or expiring soon.
 */
@Route("training/enrolments")
@RolesAllowed({Roles.HR, Roles.PLANNER})
public class EnrolmentsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TrainingService training;
    final ComboBox<String> team = new ComboBox<>();
    final ComboBox<String> course = new ComboBox<>();
    final ComboBox<String> path = new ComboBox<>();
    final MultiSelectComboBox<String> agents = new MultiSelectComboBox<>();
    final Button wholeTeam = new Button();
    final DatePicker due = new DatePicker();
    final Button enrol = new Button();
    final Paragraph message = new Paragraph();
    final Grid<PathEnrolment> paths = new Grid<>();
    final Grid<Enrolment> enrolments = new Grid<>();
    final Grid<Enrolment> attention = new Grid<>();
    final DatePicker resultDate = new DatePicker();
    final BigDecimalField score = new BigDecimalField();
    final Button passed = new Button();
    final Button failed = new Button();

    public EnrolmentsView(TrainingService training) {
        this.training = training;
        setId("training-enrolments");
        team.setId("enrolments-team");
        team.setLabel(getTranslation("training.enrolments.team"));
        team.setPlaceholder(getTranslation("training.enrolments.all-teams"));
        team.setItems(training.teamNames());
        team.setClearButtonVisible(true);
        team.addValueChangeListener(e -> show());

        course.setId("enrol-course");
        course.setLabel(getTranslation("training.enrol.course"));
        course.setItems(training.courses().stream().map(c -> c.course().code()).toList());
        course.setClearButtonVisible(true);
        course.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                path.clear();
            }
        });
        path.setId("enrol-path");
        path.setLabel(getTranslation("training.enrol.path"));
        path.setItems(training.paths().stream().map(p -> p.path().code()).toList());
        path.setClearButtonVisible(true);
        path.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                course.clear();
            }
        });
        agents.setId("enrol-agents");
        agents.setLabel(getTranslation("training.enrol.agents"));
        agents.setItems(training.employedAgents(null));
        wholeTeam.setId("enrol-whole-team");
        wholeTeam.setText(getTranslation("training.enrol.whole-team"));
        wholeTeam.addClickListener(e -> {
            if (team.getValue() != null) {
                agents.setValue(Set.copyOf(training.employedAgents(team.getValue())));
            }
        });
        due.setId("enrol-due");
        due.setLabel(getTranslation("training.enrol.due"));
        due.setValue(training.today().plusWeeks(4));
        enrol.setId("enrol-submit");
        enrol.setText(getTranslation("training.enrol.submit"));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> enrol());
        message.setId("enrol-message");
        HorizontalLayout enrolRow = new HorizontalLayout(course, path, agents, wholeTeam, due, enrol);
        enrolRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        enrolRow.setWrap(true);

        paths.setId("enrolments-paths");
        paths.addClassName("fl-dense-grid");
        paths.addColumn(p -> p.employeeNumber() + " " + p.agentName()).setHeader(getTranslation("training.col.agent"))
                .setWidth("10em").setFlexGrow(2);
        paths.addColumn(PathEnrolment::teamName).setHeader(getTranslation("training.col.team"));
        paths.addColumn(PathEnrolment::pathName).setHeader(getTranslation("training.col.path"));
        paths.addColumn(p -> getTranslation("training.progress", p.progress().done(), p.progress().total(),
                p.progress().percent())).setHeader(getTranslation("training.col.progress"));
        paths.addColumn(p -> TrainingTexts.phase(this, p.progress())).setHeader(getTranslation("training.col.phase"));
        paths.addColumn(p -> p.progress().nextCourse() != null ? p.progress().nextCourse()
                : p.progress().nestingUntil() != null ? getTranslation("training.nesting-until",
                TrainingTexts.date(p.progress().nestingUntil())) : "").setHeader(getTranslation("training.col.next"));
        paths.addColumn(p -> TrainingTexts.date(p.dueDate())).setHeader(getTranslation("training.col.due"));
        paths.setHeight("300px");

        enrolments.setId("enrolments-courses");
        enrolments.addClassName("fl-dense-grid");
        addEnrolmentColumns(enrolments);
        enrolments.setHeight("320px");
        resultDate.setId("result-date");
        resultDate.setLabel(getTranslation("training.result.date"));
        resultDate.setValue(training.today());
        score.setId("result-score");
        score.setLabel(getTranslation("training.result.score"));
        passed.setId("result-passed");
        passed.setText(getTranslation("training.result.passed"));
        passed.addClickListener(e -> result(true));
        failed.setId("result-failed");
        failed.setText(getTranslation("training.result.failed"));
        failed.addClickListener(e -> result(false));
        HorizontalLayout resultRow = new HorizontalLayout(resultDate, score, passed, failed);
        resultRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        attention.setId("enrolments-attention");
        attention.addClassName("fl-dense-grid");
        addEnrolmentColumns(attention);
        attention.setHeight("260px");

        add(new RouterLink(getTranslation("training.link.catalogue"), TrainingCatalogueView.class),
                new H2(getTranslation("training.enrolments.title")), team,
                new H3(getTranslation("training.enrol.title")), enrolRow, message,
                new H3(getTranslation("training.enrolments.paths")), paths,
                new H3(getTranslation("training.enrolments.courses")),
                new Paragraph(getTranslation("training.result.explain")), enrolments, resultRow,
                new H3(getTranslation("training.enrolments.attention")),
                new Paragraph(getTranslation("training.enrolments.attention.explain")), attention);
        show();
    }

    private void addEnrolmentColumns(Grid<Enrolment> grid) {
        // nine columns in 1280 px: none takes its full text's width; a cut cell shows all of itself on hover
        grid.addColumn(e -> e.employeeNumber() + " " + e.agentName()).setHeader(getTranslation("training.col.agent"))
                .setWidth("10em").setFlexGrow(2);
        grid.addColumn(Enrolment::teamName).setHeader(getTranslation("training.col.team"));
        grid.addColumn(e -> e.courseCode() + " · " + e.courseName()).setHeader(getTranslation("training.col.course"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.pathCode() == null ? "" : e.pathCode()).setHeader(getTranslation("training.col.path"));
        grid.addColumn(e -> TrainingTexts.status(this, e.status())).setHeader(getTranslation("training.col.status"));
        grid.addColumn(e -> TrainingTexts.date(e.dueDate())).setHeader(getTranslation("training.col.due"));
        grid.addColumn(e -> TrainingTexts.date(e.completedOn())).setHeader(getTranslation("training.col.completed"));
        grid.addColumn(e -> TrainingTexts.date(e.expiresOn())).setHeader(getTranslation("training.col.expires"));
        grid.addColumn(e -> e.overdue() ? getTranslation("training.flag.overdue")
                : e.expiringSoon() ? getTranslation("training.flag.expiring") : "")
                .setHeader(getTranslation("training.col.attention"));
    }

    private void show() {
        String selected = team.getValue();
        paths.setItems(training.pathEnrolments(selected));
        List<Enrolment> all = training.enrolments(selected);
        enrolments.setItems(all);
        attention.setItems(training.attention().stream()
                .filter(e -> selected == null || selected.equals(e.teamName())).toList());
    }

    void enrol() {
        try {
            List<Enrolment> written = training.enrol(new EnrolmentRequest(List.copyOf(agents.getValue()),
                    course.getValue(), path.getValue(), due.getValue()));
            message.setText(getTranslation("training.enrol.done", written.size(), agents.getValue().size()));
            agents.clear();
            show();
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
        }
    }

    void result(boolean pass) {
        Enrolment selected = enrolments.asSingleSelect().getValue();
        if (selected == null) {
            message.setText(getTranslation("training.result.choose"));
            return;
        }
        try {
            BigDecimal points = score.getValue();
            Enrolment done = training.complete(selected.id(), selected.version(), resultDate.getValue(), pass, points);
            message.setText(getTranslation("training.result.recorded", done.employeeNumber(), done.courseCode(),
                    TrainingTexts.status(this, done.status())));
            show();
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.enrolments.title") + " | " + getTranslation("app.name");
    }
}
