package dev.frontline.roster.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.jobs.ui.JobProgressBar;
import dev.frontline.roster.service.CheapestWeek;
import dev.frontline.roster.service.CheapestWeekRefusal;
import dev.frontline.roster.service.CheapestWeekRequest;
import dev.frontline.roster.service.CheapestWeekResult;
import dev.frontline.roster.service.WeekCost;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.training.Course;

/**
 * "Find the cheapest week for this cohort's course", for planners: pick a course (the cohort defaults to the agents
 * waiting for it), the first week and how many to try; a background job ({@link JobProgressBar}, with stop) measures
 * each week's coverage cost by the roster's LP bound, and the grid shows every week with the cheapest named.
 */
@Route("roster/cheapest-week")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "roster.cheapest-week.nav", order = 31, icon = "vaadin:academy-cap")
public class CheapestWeekView extends VerticalLayout implements HasDynamicTitle {

    private final CheapestWeek whatIf;
    final Select<Course> course = new Select<>();
    final MultiSelectComboBox<String> cohort = new MultiSelectComboBox<>();
    final DatePicker firstWeek = new DatePicker();
    final IntegerField weeks = new IntegerField();
    final Button start = new Button();
    final Paragraph message = new Paragraph();
    final Paragraph answer = new Paragraph();
    final Grid<WeekCost> grid = new Grid<>();
    private final JobProgressBar progress;

    public CheapestWeekView(CheapestWeek whatIf, JobService jobRows, JobWatcher watcher,
                            dev.frontline.training.TrainingService training) {
        this.whatIf = whatIf;
        setId("cheapest-week");
        progress = new JobProgressBar(jobRows, watcher, "cw");
        progress.onUpdate(this::showResult);
        progress.onEnd(this::ended);
        course.setId("cw-course");
        course.setLabel(getTranslation("roster.cheapest-week.course"));
        course.setItems(whatIf.courses());
        course.setItemLabelGenerator(c -> getTranslation("roster.cheapest-week.course.item", c.course().code(),
                c.course().name(), c.sessions()));
        course.addValueChangeListener(change -> courseChanged());
        cohort.setId("cw-cohort");
        cohort.setLabel(getTranslation("roster.cheapest-week.cohort"));
        cohort.setHelperText(getTranslation("roster.cheapest-week.cohort.helper"));
        cohort.setItems(training.employedAgents(null));
        cohort.setWidth("28em");
        firstWeek.setId("cw-first-week");
        firstWeek.setLabel(getTranslation("roster.cheapest-week.first-week"));
        firstWeek.setValue(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        weeks.setId("cw-weeks");
        weeks.setLabel(getTranslation("roster.cheapest-week.weeks"));
        weeks.setMin(1);
        weeks.setMax(CheapestWeekRequest.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(4);
        start.setId("cw-start");
        start.setText(getTranslation("roster.cheapest-week.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        message.setId("cw-message");
        answer.setId("cw-answer");
        grid.setId("cw-weeks-grid");
        grid.addColumn(w -> Formats.date(w.week())).setHeader(getTranslation("roster.cheapest-week.col.week"));
        grid.addColumn(this::solved).setHeader(getTranslation("roster.cheapest-week.col.solved"));
        grid.addColumn(w -> w.planned() ? Formats.decimal(w.extraUnmetHours(), 1) : "–")
                .setHeader(getTranslation("roster.cheapest-week.col.extra-hours"));
        grid.addColumn(w -> w.planned() ? Formats.decimal(w.extraPoints(), 2) : "–")
                .setHeader(getTranslation("roster.cheapest-week.col.extra-points"));
        grid.addColumn(w -> w.planned() ? Formats.decimal(w.baseUnmetHours(), 1) : "–")
                .setHeader(getTranslation("roster.cheapest-week.col.base"));
        grid.addColumn(w -> w.planned() ? Formats.integer(w.cohortRostered()) : "–")
                .setHeader(getTranslation("roster.cheapest-week.col.rostered"));
        grid.addColumn(w -> w.planned() ? "" : getTranslation("roster.cheapest-week.unmeasured", w.reason()))
                .setHeader(getTranslation("roster.cheapest-week.col.note")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        FlexLayout form = new FlexLayout(course, cohort, firstWeek, weeks, start);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("roster.cheapest-week.title")), new Paragraph(getTranslation("roster.cheapest-week.intro")),
                form, progress, message, answer, grid);
    }

    private void courseChanged() {
        Course c = course.getValue();
        answer.setText("");
        grid.setItems(List.of());
        if (c == null) {
            return;
        }
        cohort.setValue(whatIf.cohortOf(c.course().code()));
        if (!progress.isActive()) {
            // the course's last search, running or ended (perhaps started elsewhere), is shown or followed
            Optional<JobRecord> latest = whatIf.latest(c.course().code());
            latest.ifPresent(job -> {
                showResult(job);
                if (job.active()) {
                    progress.follow(job);
                }
            });
        }
        start.setEnabled(!progress.isActive());
    }

    /** The what-if solve's figure: the extra unmet agent-hours, or how many sessions it could place. */
    private String solved(WeekCost week) {
        if (!week.planned() || week.solvedExtraHours() == null) {
            return "–";
        }
        return week.fits() ? Formats.decimal(Math.max(0, week.solvedExtraHours()), 1)
                : getTranslation("roster.cheapest-week.does-not-fit", week.placedSessions(), week.courseDays());
    }

    private void start() {
        Course c = course.getValue();
        message.setText("");
        try {
            JobRecord job = whatIf.submit(new CheapestWeekRequest(c == null ? null : c.course().code(),
                    List.copyOf(cohort.getValue()), firstWeek.getValue(), weeks.getValue() == null ? 0 : weeks.getValue()));
            start.setEnabled(false);
            grid.setItems(List.of());
            answer.setText("");
            progress.follow(job);
        } catch (CheapestWeekRefusal refused) {
            message.setText(refused.reason().render(getLocale()));
        }
    }

    private void showResult(JobRecord job) {
        CheapestWeekResult result = whatIf.result(job);
        grid.setItems(result.weeks());
        result.cheapest().ifPresent(grid::select);
        answer.setText(job.state() == JobState.DONE || job.state() == JobState.CANCELLED
                ? result.explanation().render(getLocale()) : "");
    }

    private void ended(JobRecord job) {
        start.setEnabled(true);
        showResult(job);
        if (job.state() == JobState.CANCELLED) {
            message.setText(getTranslation("roster.cheapest-week.stopped"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.cheapest-week.title") + " | " + getTranslation("app.name");
    }
}
