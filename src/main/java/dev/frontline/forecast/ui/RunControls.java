package dev.frontline.forecast.ui;

import java.time.DayOfWeek;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.ForecastRun;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.ui.ForecastTexts.FieldRef;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.ui.Formats;
import dev.frontline.jobs.ui.JobProgressBar;

/**
 * Start, horizon and grain, the Run button, and while a run is going the job's progress and stop
 * ({@link JobProgressBar}). The run is a background job on any node; progress and the outcome come back through
 * server push.
 */
class RunControls extends VerticalLayout {

    private final ForecastRunService runs;
    private final Supplier<ForecastQueue> queue;
    private final Consumer<ForecastVersionSummary> onSaved;

    private final DatePicker start = new DatePicker();
    private final RunSettings settings = new RunSettings(this, "forecast");
    private final Select<Integer> horizon = settings.horizon;
    private final Select<Integer> grain = settings.grain;
    private final Checkbox carry = settings.carry;
    private final Button run = new Button();
    private final JobProgressBar progress;
    private final Span status = new Span();
    private ForecastRun current;

    RunControls(ForecastRunService runs, JobService jobs, JobWatcher watcher, Supplier<ForecastQueue> queue,
                Consumer<ForecastVersionSummary> onSaved) {
        this.runs = runs;
        this.progress = new JobProgressBar(jobs, watcher, "forecast");
        this.queue = queue;
        this.onSaved = onSaved;
        setPadding(false);
        setSpacing(false);

        start.setId("forecast-start");
        start.setLabel(getTranslation("forecast.run.start"));
        start.setClearButtonVisible(true);
        run.setId("forecast-run");
        run.setText(getTranslation("forecast.run.button"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> startRun());
        HorizontalLayout form = new HorizontalLayout(start, horizon, grain, carry, run);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        status.setId("forecast-run-status");
        add(form, progress, status);
    }

    /** The start field follows the chosen queue: empty means the day after its last history. */
    void queueChanged(ForecastQueue q) {
        start.clear();
        start.setInvalid(false);
        status.setText("");
        boolean forecastable = q != null && q.hasHistory();
        start.setHelperText(forecastable ? getTranslation("forecast.run.start.help", Formats.date(q.defaultStart())) : null);
        start.setMax(forecastable ? q.defaultStart() : null);
        run.setEnabled(q != null && q.hasHistory() && current == null);
    }

    boolean isRunning() {
        return current != null;
    }

    private void startRun() {
        ForecastQueue q = queue.get();
        FieldRef[] fields = fields();
        ForecastTexts.clearFields(fields);
        status.setText("");
        if (q == null) {
            return;
        }
        if (start.getValue() != null && start.getValue().getDayOfWeek() != DayOfWeek.MONDAY) {
            // said at once in the field; the service refuses it too
            start.setErrorMessage(getTranslation("forecast.error.start-monday", Formats.date(start.getValue())));
            start.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        ForecastRun started;
        try {
            started = runs.start(new ForecastRunRequest(q.code(), start.getValue(), horizon.getValue(), grain.getValue(),
                    !carry.getValue()), Progress.NONE);
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, fields);
            status.setText(ForecastTexts.message(this, e));
            return;
        }
        current = started;
        progress.follow(started.jobId());
        run.setEnabled(false);
        started.result().whenComplete((version, error) -> access(ui, () -> finished(started, version, error)));
    }

    private void finished(ForecastRun which, ForecastVersionSummary version, Throwable error) {
        if (which != current) {
            return;
        }
        current = null;
        run.setEnabled(true);
        if (version != null) {
            status.setText(getTranslation("forecast.run.saved", version.id(),
                    ForecastTexts.model(version.method(), getLocale())));
            onSaved.accept(version);
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ForecastCancelledException) {
            status.setText(getTranslation("forecast.run.stopped"));
        } else if (cause instanceof ForecastInputException input) {
            // refused on the node that ran it (e.g. the history changed meanwhile): said in the planner's language
            status.setText(getTranslation("forecast.run.failed", ForecastTexts.message(this, input)));
        }
        // any other failure: the job's error, which the progress control shows to the planner who started it
    }

    private FieldRef[] fields() {
        return new FieldRef[] {new FieldRef("start", start), new FieldRef("horizon", horizon), new FieldRef("grain", grain)};
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        run.setEnabled(current == null);
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // The planner left the page: the run still finishes and its version appears in the list next time.
        }
    }
}
