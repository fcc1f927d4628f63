package dev.frontline.staffing.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.shared.text.UnknownEntityException;
import dev.frontline.shared.ui.Formats;
import dev.frontline.jobs.ui.JobProgressBar;
import dev.frontline.staffing.RequirementJobs;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.StaffingQueue;

/**
 * Queue, forecast version and the settings of a computation, the Compute button, and while the computation runs as a
 * background job its progress and stop ({@link JobProgressBar}); below, what came of it. Leaving the page leaves the
 * job running: its version appears when it is complete.
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
    private final JobProgressBar progress;
    private final Paragraph message = new Paragraph();

    /**
     * @param forecastChosen told the forecast version to show requirements of (null: none)
     * @param saved          told a version the computation saved, after {@code forecastChosen} listed it
     */
    ComputeControls(RequirementService service, RequirementJobs jobs, JobService jobRows, JobWatcher watcher,
            Consumer<ForecastVersionSummary> forecastChosen, Consumer<RequirementVersionSummary> saved) {
        this.service = service;
        this.jobs = jobs;
        this.forecastChosen = forecastChosen;
        this.saved = saved;
        setPadding(false);
        progress = new JobProgressBar(jobRows, watcher, "req");
        progress.onEnd(this::ended);
        message.setId("req-message");
        add(inputs(), progress, message);
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
                Formats.date(f.horizonStart()), Formats.date(f.horizonEnd().minusDays(1)), f.method(), f.createdBy(),
                f.adjustments()));
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
            ForecastVersionSummary chosen = defaultVersion(versions);
            forecast.setValue(chosen);
            message.setText(chosen == versions.get(0) ? "" : getTranslation("requirements.forecast.kept-adjusted",
                    versions.get(0).id(), versions.get(0).adjustments(), chosen.id(), chosen.adjustments()));
        }
    }

    /**
     * The newest version, unless an older one carries more of the planner's adjustments: then the newest of those,
     * and the page says so, so a re-run that lost adjustments is never picked silently.
     */
    static ForecastVersionSummary defaultVersion(List<ForecastVersionSummary> newestFirst) {
        int most = newestFirst.stream().mapToInt(ForecastVersionSummary::adjustments).max().orElse(0);
        return newestFirst.get(0).adjustments() >= most ? newestFirst.get(0)
                : newestFirst.stream().filter(v -> v.adjustments() == most).findFirst().orElseThrow();
    }

    private void forecastChanged() {
        ForecastVersionSummary f = forecast.getValue();
        if (f != null && !progress.isActive()) {
            // a computation of this forecast still running (started earlier, perhaps on another node) is followed
            jobs.latest(f.id()).filter(JobRecord::active).ifPresent(progress::follow);
        }
        compute.setEnabled(f != null && !progress.isActive());
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
        run(() -> jobs.compute(request));
    }

    /** Computes the version again with today's goal and shrinkage, as a background job like a new computation. */
    void recompute(long versionId) {
        run(() -> jobs.recompute(versionId));
    }

    private void run(Supplier<JobRecord> submit) {
        message.setText("");
        JobRecord job;
        try {
            job = submit.get();
        } catch (IllegalStateException running) { // the one refusal of a submission: the same computation is running
            message.setText(getTranslation("requirements.error.already-computing"));
            return;
        } catch (UnknownEntityException gone) { // another planner deleted the version since this page showed it
            message.setText(getTranslation("requirements.error.version-gone"));
            return;
        }
        compute.setEnabled(false);
        progress.follow(job);
    }

    private void ended(JobRecord job) {
        compute.setEnabled(forecast.getValue() != null);
        switch (job.state()) {
            case DONE -> jobs.result(job).ifPresent(version -> {
                message.setText(getTranslation("requirements.saved", version.id()));
                forecastChanged();
                saved.accept(version);
            });
            case CANCELLED -> message.setText(getTranslation("requirements.stopped"));
            // a failure: the progress control shows the error to the planner who started the job
            default -> message.setText("");
        }
    }
}
