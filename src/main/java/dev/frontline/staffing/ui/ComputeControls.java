package dev.frontline.staffing.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.shared.ui.Formats;
import dev.frontline.staffing.RequirementJobs;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.StaffingQueue;

/**
 * Queue, forecast version and the settings of a computation, the Compute button, and while a computation runs in
 * the background a progress bar with a stop button; below, what came of it. Leaving the page stops it.
 */
class ComputeControls extends VerticalLayout {

    private final RequirementService service;
    private final RequirementJobs jobs;
    private final Consumer<ForecastVersionSummary> forecastChosen;
    private final Consumer<RequirementVersionSummary> saved;

    private final Select<StaffingQueue> queue = new Select<>();
    private final Select<ForecastVersionSummary> forecast = new Select<>();
    private final NumberField maxOccupancy = new NumberField();
    private final NumberField patience = new NumberField();
    private final Checkbox adjusted = new Checkbox();
    private final Button compute = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button();
    private final Paragraph message = new Paragraph();

    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private CompletableFuture<?> running;

    /**
     * @param forecastChosen told the forecast version to show requirements of (null: none)
     * @param saved          told a version the computation saved, after {@code forecastChosen} listed it
     */
    ComputeControls(RequirementService service, RequirementJobs jobs, Consumer<ForecastVersionSummary> forecastChosen,
            Consumer<RequirementVersionSummary> saved) {
        this.service = service;
        this.jobs = jobs;
        this.forecastChosen = forecastChosen;
        this.saved = saved;
        setPadding(false);
        message.setId("req-message");
        add(inputs(), progressRow(), message);
    }

    /** Lists the queues and picks the first, which picks its newest forecast and requirement version. */
    void loadQueues() {
        List<StaffingQueue> queues = service.queues();
        queue.setItems(queues);
        if (!queues.isEmpty()) {
            queue.setValue(queues.get(0));
        }
    }

    StaffingQueue queue() {
        return queue.getValue();
    }

    ForecastVersionSummary forecast() {
        return forecast.getValue();
    }

    private FlexLayout inputs() {
        queue.setId("req-queue");
        queue.setWidth("20em");
        queue.setLabel(getTranslation("requirements.queue"));
        queue.setItemLabelGenerator(q -> q.name() + " (" + q.goalNotation() + ")");
        queue.addValueChangeListener(change -> queueChanged());
        forecast.setId("req-forecast");
        forecast.setWidth("26em");
        forecast.setLabel(getTranslation("requirements.forecast"));
        forecast.setItemLabelGenerator(f -> getTranslation("requirements.forecast.item", f.id(),
                Formats.date(f.horizonStart()), Formats.date(f.horizonEnd().minusDays(1)), f.method(), f.createdBy()));
        forecast.setEmptySelectionAllowed(false);
        forecast.addValueChangeListener(change -> forecastChanged());
        maxOccupancy.setId("req-max-occupancy");
        maxOccupancy.setLabel(getTranslation("requirements.max-occupancy"));
        maxOccupancy.setValue(85.0);
        maxOccupancy.addValueChangeListener(change -> maxOccupancy.setInvalid(false));
        patience.setId("req-patience");
        patience.setLabel(getTranslation("requirements.patience"));
        patience.setHelperText(getTranslation("requirements.patience.helper"));
        patience.addValueChangeListener(change -> patience.setInvalid(false));
        adjusted.setId("req-adjusted");
        adjusted.setLabel(getTranslation("requirements.adjusted"));
        adjusted.setValue(true);
        compute.setId("req-compute");
        compute.setText(getTranslation("requirements.compute"));
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(click -> startCompute());
        FlexLayout row = new FlexLayout(queue, forecast, maxOccupancy, patience, adjusted, compute);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private HorizontalLayout progressRow() {
        progress.setId("req-progress");
        progress.setWidth("20em");
        stop.setId("req-stop");
        stop.setText(getTranslation("requirements.stop"));
        stop.addClickListener(click -> stopRequested.set(true));
        HorizontalLayout row = new HorizontalLayout(progress, stop);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        setRunning(false);
        return row;
    }

    private void queueChanged() {
        StaffingQueue q = queue.getValue();
        List<ForecastVersionSummary> versions = q == null ? List.of() : service.forecastVersions(q.id());
        forecast.setItems(versions);
        boolean voice = q != null && q.isVoiceLike();
        patience.setEnabled(voice);
        maxOccupancy.setEnabled(q != null && !q.isDeferred());
        if (versions.isEmpty()) {
            message.setText(q == null ? "" : getTranslation("requirements.no-forecast", q.name()));
            forecastChanged();
        } else {
            message.setText("");
            forecast.setValue(versions.get(0));
        }
    }

    private void forecastChanged() {
        ForecastVersionSummary f = forecast.getValue();
        compute.setEnabled(f != null && running == null);
        forecastChosen.accept(f);
    }

    private void startCompute() {
        ForecastVersionSummary f = forecast.getValue();
        if (f == null) {
            return;
        }
        Double cap = maxOccupancy.getValue();
        if (maxOccupancy.isEnabled() && (cap == null || !(cap > 0 && cap <= 100))) {
            maxOccupancy.setErrorMessage(getTranslation("requirements.error.max-occupancy"));
            maxOccupancy.setInvalid(true);
            return;
        }
        Double patienceValue = patience.isEnabled() ? patience.getValue() : null;
        if (patienceValue != null && !(patienceValue > 0)) {
            patience.setErrorMessage(getTranslation("erlang.error.positive"));
            patience.setInvalid(true);
            return;
        }
        RequirementRequest request = new RequirementRequest(f.id(), cap == null ? 100 : cap, patienceValue, adjusted.getValue());
        run(ui -> jobs.compute(request, fraction -> ui.access(() -> progress.setValue(fraction)), stopRequested::get));
    }

    /** Computes the version again with today's goal and shrinkage, in the background like a new computation. */
    void recompute(long versionId) {
        run(ui -> jobs.recompute(versionId, fraction -> ui.access(() -> progress.setValue(fraction)), stopRequested::get));
    }

    private void run(Function<UI, CompletableFuture<RequirementVersionSummary>> job) {
        UI ui = UI.getCurrent();
        stopRequested.set(false);
        message.setText("");
        setRunning(true);
        CompletableFuture<RequirementVersionSummary> future = job.apply(ui);
        running = future;
        future.whenComplete((version, error) -> ui.access(() -> {
            running = null;
            setRunning(false);
            if (error != null) {
                message.setText(JobFailures.describe(this, error));
                return;
            }
            message.setText(getTranslation("requirements.saved", version.id()));
            forecastChanged();
            saved.accept(version);
        }));
    }

    private void setRunning(boolean on) {
        progress.setVisible(on);
        progress.setValue(0);
        stop.setVisible(on);
        compute.setEnabled(!on && forecast.getValue() != null);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // leaving the page stops a running computation; nothing half-written is left behind
        stopRequested.set(true);
        super.onDetach(detachEvent);
    }
}
