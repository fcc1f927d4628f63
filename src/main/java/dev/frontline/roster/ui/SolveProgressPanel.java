package dev.frontline.roster.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobState;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.jobs.ui.JobProgressBar;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Solving a draft in the background: the configuration and solve button, the shared progress-and-stop control
 * ({@link JobProgressBar}, which the view places in its action row) and the live best-score chart this panel is. It
 * follows the job of the version on screen, so a planner who comes back to a running solve sees it continue, on
 * whichever node it runs. The only part of the roster screen that talks to {@link RosterJobs}.
 */
class SolveProgressPanel extends Composite<Chart> {

    private final RosterJobs jobs;
    private final Supplier<RosterVersionSummary> current;
    private final Consumer<String> status;
    private final LongConsumer finished;

    final Select<String> config = new Select<>();
    final Button solve = new Button();
    final JobProgressBar progress;
    final Chart progressChart = new Chart();

    /** The version whose solve was seen running: its end reloads the roster (an end seen later does not). */
    private Long running;

    /**
     * @param current  the version on screen
     * @param status   shows the best score so far while a solve runs
     * @param finished told the version id when its solve has ended and the result is saved
     */
    SolveProgressPanel(RosterJobs jobs, JobService jobService, JobWatcher watcher,
            Supplier<RosterVersionSummary> current, Consumer<String> status, LongConsumer finished) {
        this.jobs = jobs;
        this.current = current;
        this.status = status;
        this.finished = finished;
        config.setId("roster-config");
        config.setLabel(getTranslation("roster.config"));
        config.setItems(RosterJobs.CONFIGS);
        config.setItemLabelGenerator(c -> getTranslation("roster.config." + c));
        config.setValue(RosterJobs.CONFIGS.get(1));
        solve.setId("roster-solve");
        solve.setText(getTranslation("roster.solve"));
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> startSolving());
        progress = new JobProgressBar(jobService, watcher, "roster");
        progress.onUpdate(row -> drawProgress(jobs.status(row)));
        progress.onEnd(this::ended);
        progressChart.setId("roster-progress-chart");
        progressChart.setHeight("200px");
    }

    @Override
    protected Chart initContent() {
        return progressChart;
    }

    /** A draft can be solved; any version's job, if it has one, is followed. */
    void show(RosterVersionSummary summary) {
        solve.setEnabled(isDraft(summary));
        if (summary == null) {
            running = null;
            progress.clear();
            progressChart.setOption(new ChartOption());
            return;
        }
        follow(summary.id());
    }

    private void startSolving() {
        RosterTexts.reportingErrors(() -> {
            long id = current.get().id();
            jobs.solve(id, config.getValue(), null);
            follow(id);
        });
    }

    /** Follows the version's latest job, if any: the control, the chart and, when it ends, the saved roster. */
    private void follow(long versionId) {
        Optional<JobRecord> job = jobs.job(versionId);
        if (job.isEmpty()) {
            running = null;
            progress.clear();
            progressChart.setOption(new ChartOption());
            return;
        }
        running = job.get().active() ? versionId : null;
        progress.follow(job.get());
    }

    private void ended(JobRecord job) {
        Long version = running;
        running = null;
        RosterVersionSummary shown = current.get();
        solve.setEnabled(isDraft(shown));
        if (version == null) {
            return;
        }
        if (job.state() == JobState.FAILED) {
            RosterTexts.notify(job.failure(getLocale()), true);
        }
        if (shown != null && shown.id() == version) {
            finished.accept(version);
        }
    }

    private void drawProgress(RosterJobs.Status s) {
        solve.setEnabled(!s.running() && isDraft(current.get()));
        List<String> seconds = new ArrayList<>();
        List<Double> soft = new ArrayList<>();
        List<Double> hard = new ArrayList<>();
        for (RosterJobs.Point p : s.progress()) {
            seconds.add(String.format(Locale.ROOT, "%.1f s", p.millis() / 1000.0));
            soft.add((double) p.score().softScore());
            hard.add((double) p.score().hardScore());
        }
        ChartOption option = new ChartOption().categories(seconds);
        int softAxis = option.addValueAxis(getTranslation("roster.progress.soft"));
        int hardAxis = option.addValueAxis(getTranslation("roster.progress.hard"));
        option.series(getTranslation("roster.progress.soft"), ChartOption.SeriesType.LINE, soft, softAxis);
        option.series(getTranslation("roster.progress.hard"), ChartOption.SeriesType.LINE, hard, hardAxis, null,
                ChartOption.SeriesStyle.color("#c62828"));
        progressChart.setOption(option);
        // the live line speaks like the result line ("22 rules broken"); the raw score stays in the chart
        s.best().filter(best -> s.running()).ifPresent(best -> status.accept(getTranslation("roster.solving",
                getTranslation("roster.status.rules", (int) Math.max(0, -best.score().hardScore())),
                String.format(Locale.ROOT, "%.1f", best.millis() / 1000.0))));
    }

    private static boolean isDraft(RosterVersionSummary summary) {
        return summary != null && summary.status() == RosterStatus.DRAFT;
    }
}
