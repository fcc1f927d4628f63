package dev.frontline.roster.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Solving a draft in the background: the configuration, solve and stop (which the view places in its action row) and
 * the live score chart this panel is. It follows the job of the version on screen while attached, so a planner who
 * comes back to a running solve sees it continue. The only part of the roster screen that talks to {@link RosterJobs}.
 */
class SolveProgressPanel extends Composite<Chart> {

    private final RosterJobs jobs;
    private final Supplier<RosterVersionSummary> current;
    private final Consumer<String> status;
    private final LongConsumer finished;

    final Select<String> config = new Select<>();
    final Button solve = new Button();
    final Button stop = new Button();
    final Chart progressChart = new Chart();

    private Consumer<RosterJobs.Status> listener;
    private Long listeningTo;

    /**
     * @param current  the version on screen
     * @param status   shows the best score so far while a solve runs
     * @param finished told the version id when its solve has ended and the result is saved
     */
    SolveProgressPanel(RosterJobs jobs, Supplier<RosterVersionSummary> current, Consumer<String> status,
            LongConsumer finished) {
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
        stop.setId("roster-stop");
        stop.setText(getTranslation("roster.stop"));
        stop.addClickListener(e -> jobs.stop(current.get().id()));
        progressChart.setId("roster-progress-chart");
        progressChart.setHeight("200px");
    }

    @Override
    protected Chart initContent() {
        return progressChart;
    }

    /** A draft can be solved; any version's job, if it has one, is followed. */
    void show(RosterVersionSummary summary) {
        solve.setEnabled(summary != null && summary.status() == RosterStatus.DRAFT);
        if (summary == null) {
            stop.setEnabled(false);
            return;
        }
        follow(summary.id());
    }

    private void startSolving() {
        RosterTexts.reportingErrors(() -> {
            long id = current.get().id();
            jobs.solve(id, config.getValue(), null, null);
            follow(id);
        });
    }

    /** Follows the version's job, if any: progress chart, status and, when it ends, the saved roster. */
    private void follow(long versionId) {
        unfollow();
        UI ui = UI.getCurrent();
        listener = s -> ui.access(() -> showProgress(s));
        listeningTo = versionId;
        if (jobs.listen(versionId, listener)) {
            jobs.status(versionId).ifPresent(this::drawProgress);
            stop.setEnabled(jobs.status(versionId).map(RosterJobs.Status::running).orElse(false));
        } else {
            stop.setEnabled(false);
            progressChart.setOption(new ChartOption());
        }
    }

    private void unfollow() {
        if (listeningTo != null) {
            jobs.unlisten(listeningTo, listener);
            listeningTo = null;
        }
    }

    private void showProgress(RosterJobs.Status s) {
        drawProgress(s);
        stop.setEnabled(s.running());
        solve.setEnabled(!s.running());
        if (s.error() != null) {
            RosterTexts.notify(s.error(), true);
        }
        RosterVersionSummary shown = current.get();
        if (!s.running() && shown != null && shown.id() == s.versionId()) {
            finished.accept(s.versionId());
        }
    }

    private void drawProgress(RosterJobs.Status s) {
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
        s.best().filter(best -> s.running()).ifPresent(best -> status.accept(getTranslation("roster.solving",
                best.score().toString(), String.format(Locale.ROOT, "%.1f", best.millis() / 1000.0))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (current.get() != null) {
            follow(current.get().id());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow();
        super.onDetach(detachEvent);
    }
}
