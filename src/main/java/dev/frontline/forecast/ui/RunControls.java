package dev.frontline.forecast.ui;

import java.time.DayOfWeek;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;

import dev.frontline.forecast.ForecastInputException;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.ForecastRun;
import dev.frontline.forecast.ForecastRunRequest;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.engine.ForecastCancelledException;
import dev.frontline.forecast.engine.ProgressListener;
import dev.frontline.forecast.ui.ForecastTexts.FieldRef;
import dev.frontline.shared.ui.Formats;

/**
 * Start, horizon and grain, the Run button, and while a run is going a progress bar with a stop button. The run
 * goes to the background; progress and the outcome come back through server push.
 */
class RunControls extends VerticalLayout {

    /** Push at most this often while the engine reports progress. */
    private static final long PUSH_EVERY_MILLIS = 150;

    private final ForecastRunService runs;
    private final Supplier<ForecastQueue> queue;
    private final Consumer<ForecastVersionSummary> onSaved;

    private final DatePicker start = new DatePicker();
    private final Select<Integer> horizon = new Select<>();
    private final Select<Integer> grain = new Select<>();
    private final Button run = new Button();
    private final Button stop = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Span status = new Span();
    private final HorizontalLayout running;
    private ForecastRun current;

    RunControls(ForecastRunService runs, Supplier<ForecastQueue> queue, Consumer<ForecastVersionSummary> onSaved) {
        this.runs = runs;
        this.queue = queue;
        this.onSaved = onSaved;
        setPadding(false);
        setSpacing(false);

        start.setId("forecast-start");
        start.setLabel(getTranslation("forecast.run.start"));
        start.setClearButtonVisible(true);
        horizon.setId("forecast-horizon");
        horizon.setLabel(getTranslation("forecast.run.horizon"));
        horizon.setItems(1, 2, 3, 4, 5, 6);
        horizon.setItemLabelGenerator(w -> getTranslation("forecast.run.weeks", w));
        horizon.setValue(2);
        grain.setId("forecast-grain");
        grain.setLabel(getTranslation("forecast.run.grain"));
        grain.setItems(List.of(15, 30, 60));
        grain.setItemLabelGenerator(m -> getTranslation("forecast.run.minutes", m));
        grain.setValue(15);
        run.setId("forecast-run");
        run.setText(getTranslation("forecast.run.button"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> startRun());
        HorizontalLayout form = new HorizontalLayout(start, horizon, grain, run);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progress.setId("forecast-progress");
        progress.setWidth("20em");
        progressText.setId("forecast-progress-text");
        stop.setId("forecast-stop");
        stop.setText(getTranslation("forecast.run.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> stopRun());
        running = new HorizontalLayout(progress, progressText, stop);
        running.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        running.setVisible(false);
        status.setId("forecast-run-status");
        add(form, running, status);
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
        AtomicLong lastPush = new AtomicLong();
        ProgressListener listener = (fraction, message) -> {
            long now = System.currentTimeMillis();
            if (fraction < 1 && now - lastPush.get() < PUSH_EVERY_MILLIS) {
                return;
            }
            lastPush.set(now);
            access(ui, () -> {
                progress.setValue(Math.max(0, Math.min(1, fraction)));
                progressText.setText(getTranslation("forecast.run.progress", Formats.decimal(100 * fraction, 0), message));
            });
        };
        ForecastRun started;
        try {
            started = runs.start(new ForecastRunRequest(q.code(), start.getValue(), horizon.getValue(), grain.getValue()), listener);
        } catch (ForecastInputException e) {
            ForecastTexts.markField(this, e, fields);
            status.setText(ForecastTexts.message(this, e));
            return;
        }
        current = started;
        progress.setValue(0);
        progressText.setText(getTranslation("forecast.run.queued"));
        running.setVisible(true);
        stop.setEnabled(true);
        run.setEnabled(false);
        started.result().whenComplete((version, error) -> access(ui, () -> finished(started, version, error)));
    }

    private void stopRun() {
        if (current != null) {
            current.cancel();
            stop.setEnabled(false);
            progressText.setText(getTranslation("forecast.run.stopping"));
        }
    }

    private void finished(ForecastRun which, ForecastVersionSummary version, Throwable error) {
        if (which != current) {
            return;
        }
        current = null;
        running.setVisible(false);
        run.setEnabled(true);
        if (version != null) {
            status.setText(getTranslation("forecast.run.saved", version.id(), version.method()));
            onSaved.accept(version);
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ForecastCancelledException) {
            status.setText(getTranslation("forecast.run.stopped"));
        } else if (cause instanceof ForecastInputException input) {
            status.setText(getTranslation("forecast.run.failed", ForecastTexts.message(this, input)));
        } else {
            status.setText(getTranslation("forecast.run.failed", String.valueOf(cause.getMessage())));
        }
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
