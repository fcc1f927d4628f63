package dev.frontline.staffing.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;
import dev.frontline.staffing.DaySimulation;
import dev.frontline.staffing.IntervalExplanation;
import dev.frontline.staffing.RequirementFreshness;
import dev.frontline.staffing.RequirementJobs;
import dev.frontline.staffing.RequirementRequest;
import dev.frontline.staffing.RequirementRow;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementTotals;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.StaffingQueue;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.simulation.Estimate;

/**
 * Staffing requirements of a queue from a saved forecast version: compute (in the background, with progress and a
 * stop button), pick a saved version, see required and scheduled agents over a day or a week with the forecast
 * volume, click an interval to see why, and replay a day in the simulator.
 */
@Route("requirements")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.requirements", order = 4, icon = "vaadin:users")
public class RequirementView extends VerticalLayout implements HasDynamicTitle {

    private final RequirementService service;
    private final RequirementJobs jobs;

    private final Select<StaffingQueue> queue = new Select<>();
    private final Select<ForecastVersionSummary> forecast = new Select<>();
    private final NumberField maxOccupancy = new NumberField();
    private final NumberField patience = new NumberField();
    private final Checkbox adjusted = new Checkbox();
    private final Button compute = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Button stop = new Button();
    private final Paragraph message = new Paragraph();
    private final Select<RequirementVersionSummary> version = new Select<>();
    private final Div freshness = new Div();
    private final Select<LocalDate> day = new Select<>();
    private final RadioButtonGroup<String> range = new RadioButtonGroup<>();
    private final Div kpis = new Div();
    private final Chart chart = new Chart();
    private final Div explanation = new Div();
    private final Button simulate = new Button();
    private final Div simulation = new Div();

    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private CompletableFuture<?> running;
    private List<RequirementRow> shown = List.of();
    private List<String> chartLabels = List.of();

    public RequirementView(RequirementService service, RequirementJobs jobs) {
        this.service = service;
        this.jobs = jobs;
        setId("requirements");
        add(new H2(getTranslation("requirements.title")), new Paragraph(getTranslation("requirements.intro")));
        add(inputs(), progressRow(), message, versionRow(), kpis, chart, explanation, simulate, simulation);
        chart.setId("req-chart");
        chart.addClickListener(click -> explain(click.category()));
        chart.setVisible(false);
        explanation.setId("req-explanation");
        kpis.setId("req-kpis");
        message.setId("req-message");
        simulate.setId("req-simulate");
        simulate.setText(getTranslation("requirements.simulate"));
        simulate.addClickListener(click -> simulateDay());
        simulate.setVisible(false);
        simulation.setId("req-simulation");

        List<StaffingQueue> queues = service.queues();
        queue.setItems(queues);
        if (!queues.isEmpty()) {
            queue.setValue(queues.get(0));
        }
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

    private FlexLayout versionRow() {
        version.setId("req-version");
        version.setWidth("26em");
        version.setLabel(getTranslation("requirements.version"));
        version.setItemLabelGenerator(v -> getTranslation("requirements.version.item", v.id(), dateTime(v.createdAt()),
                v.createdBy(), v.model().label(), v.goalNotation()));
        version.addValueChangeListener(change -> versionChanged());
        day.setId("req-day");
        day.setLabel(getTranslation("requirements.day"));
        day.setItemLabelGenerator(Formats::date);
        day.addValueChangeListener(change -> showChart());
        range.setId("req-range");
        range.setItems("DAY", "WEEK");
        range.setItemLabelGenerator(r -> getTranslation("requirements.range." + r));
        range.setValue("DAY");
        range.addValueChangeListener(change -> showChart());
        freshness.setId("req-freshness");
        FlexLayout row = new FlexLayout(version, day, range, freshness);
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
            message.setText("");
            forecast.setValue(versions.get(0));
        }
    }

    private void forecastChanged() {
        ForecastVersionSummary f = forecast.getValue();
        compute.setEnabled(f != null && running == null);
        List<RequirementVersionSummary> versions = f == null ? List.of() : service.versions(f.id());
        version.setItems(versions);
        if (versions.isEmpty()) {
            version.clear();
            versionChanged();
        } else {
            version.setValue(versions.get(0));
        }
    }

    private void versionChanged() {
        RequirementVersionSummary v = version.getValue();
        explanation.removeAll();
        simulation.removeAll();
        freshness.removeAll();
        if (v == null) {
            shown = List.of();
            day.setItems(List.of());
            kpis.removeAll();
            chart.setVisible(false);
            simulate.setVisible(false);
            return;
        }
        showFreshness(v);
        List<LocalDate> days = service.days(v.id());
        day.setItems(days);
        if (!days.isEmpty()) {
            day.setValue(days.get(0));
        }
        simulate.setVisible(v.model() == StaffingModel.ERLANG_C || v.model() == StaffingModel.ERLANG_A);
        showChart();
    }

    private void showFreshness(RequirementVersionSummary v) {
        RequirementFreshness state = service.freshness(v.id());
        if (state.isUpToDate()) {
            Span ok = new Span(getTranslation("requirements.fresh"));
            ok.setId("req-fresh");
            freshness.add(ok);
            return;
        }
        Span stale = new Span(getTranslation("requirements.stale"));
        stale.setId("req-stale");
        UnorderedList reasons = new UnorderedList();
        for (RequirementFreshness.Reason reason : state.reasons()) {
            reasons.add(new ListItem(describe(reason)));
        }
        Button recompute = new Button(getTranslation("requirements.recompute"), click -> startRecompute(v.id()));
        recompute.setId("req-recompute");
        freshness.add(stale, reasons, recompute);
    }

    private String describe(RequirementFreshness.Reason reason) {
        if (reason instanceof RequirementFreshness.GoalChanged g) {
            return getTranslation("requirements.stale.goal", g.then(), g.now());
        }
        if (reason instanceof RequirementFreshness.ShrinkageChanged s) {
            return getTranslation("requirements.stale.shrinkage",
                    s.weekday().getDisplayName(java.time.format.TextStyle.FULL, Formats.locale()),
                    Formats.percent(s.thenPercent(), 1), Formats.percent(s.nowPercent(), 1));
        }
        return getTranslation("requirements.stale.adjusted", ((RequirementFreshness.ForecastAdjusted) reason).adjustments());
    }

    private void showChart() {
        RequirementVersionSummary v = version.getValue();
        LocalDate first = day.getValue();
        explanation.removeAll();
        simulation.removeAll();
        if (v == null || first == null) {
            chart.setVisible(false);
            return;
        }
        ZoneId zone = queue.getValue().zone();
        int days = "WEEK".equals(range.getValue()) ? 7 : 1;
        LocalDate end = first.plusDays(days);
        shown = service.intervals(v.id()).stream().filter(r -> {
            LocalDate d = r.intervalStart().atZoneSameInstant(zone).toLocalDate();
            return !d.isBefore(first) && d.isBefore(end);
        }).toList();
        DateTimeFormatter format = days == 1 ? DateTimeFormatter.ofPattern("HH:mm")
                : DateTimeFormatter.ofPattern("EEE HH:mm", Formats.locale());
        List<String> labels = new ArrayList<>();
        for (RequirementRow r : shown) {
            String label = r.intervalStart().atZoneSameInstant(zone).format(format);
            // the hour repeated when clocks go back gets a mark so every category stays unique
            labels.add(labels.contains(label) ? label + "′" : label);
        }
        ChartOption option = new ChartOption().categories(labels).withZoom();
        int agentsAxis = option.addValueAxis(getTranslation("requirements.axis.agents"));
        int volumeAxis = option.addValueAxis(getTranslation("requirements.axis.volume"));
        option.series(getTranslation("requirements.series.required"), ChartOption.SeriesType.BAR,
                shown.stream().map(r -> (double) r.requiredAgents()).toList(), agentsAxis);
        option.series(getTranslation("requirements.series.scheduled"), ChartOption.SeriesType.LINE,
                shown.stream().map(RequirementRow::scheduledAgents).toList(), agentsAxis);
        option.series(getTranslation("requirements.series.volume"), ChartOption.SeriesType.LINE,
                shown.stream().map(RequirementRow::offered).toList(), volumeAxis);
        chart.setOption(option);
        chart.setVisible(true);
        chartLabels = labels;
        showKpis(days);
    }

    private void showKpis(int days) {
        kpis.removeAll();
        ForecastVersionSummary f = forecast.getValue();
        if (f == null || shown.isEmpty()) {
            return;
        }
        RequirementTotals totals = RequirementTotals.of(shown, f.grainMinutes(), days);
        FlexLayout row = new FlexLayout(
                new Kpi("req-kpi-peak", getTranslation("requirements.kpi.peak"), Formats.integer(totals.peakRequired()),
                        getTranslation("requirements.kpi.peak.explain")),
                new Kpi("req-kpi-hours", getTranslation("requirements.kpi.hours"), Formats.decimal(totals.scheduledHours(), 1),
                        getTranslation("requirements.kpi.hours.explain", f.grainMinutes())),
                new Kpi("req-kpi-fte", getTranslation("requirements.kpi.fte"), Formats.decimal(totals.fte(), 1),
                        getTranslation("requirements.kpi.fte.explain", Formats.decimal(RequirementTotals.HOURS_PER_FTE_WEEK, 1), days)),
                new Kpi("req-kpi-volume", getTranslation("requirements.kpi.volume"), Formats.integer(Math.round(totals.offered())),
                        getTranslation("requirements.kpi.volume.explain")));
        row.getStyle().set("gap", "var(--lumo-space-l)");
        kpis.add(row);
    }

    /** Explains the interval under the pointer: the stored sentence plus model, inputs, formula and binding goal. */
    void explain(String category) {
        int index = chartLabels.indexOf(category);
        RequirementVersionSummary v = version.getValue();
        if (index < 0 || v == null) {
            return;
        }
        IntervalExplanation why = service.explain(v.id(), shown.get(index).intervalStart());
        explanation.removeAll();
        H3 title = new H3(getTranslation("requirements.why", why.requiredAgents(), category));
        title.setId("req-why-title");
        Paragraph sentence = new Paragraph(why.sentence());
        sentence.setId("req-why-sentence");
        Paragraph model = new Paragraph(getTranslation("requirements.why.model", why.model().label()));
        Paragraph binding = new Paragraph(why.requiredAgents() == 0 ? getTranslation("requirements.why.binding.none")
                : getTranslation("requirements.why.binding", why.requiredAgents() - 1,
                getTranslation("erlang.binding." + ErlangCalculatorView.bindingKey(why.bindingConstraint()))));
        binding.setId("req-why-binding");
        if (why.model() == StaffingModel.DEFERRED_BACKLOG) {
            binding.setText(getTranslation("requirements.why.binding.deferred"));
        }
        Paragraph formula = new Paragraph(getTranslation("requirements.why.formula", why.formula()));
        formula.setId("req-why-formula");
        UnorderedList inputs = new UnorderedList();
        inputs.setId("req-why-inputs");
        why.inputs().forEach((name, value) -> inputs.add(new ListItem(name + " = " + inputValue(value))));
        explanation.add(title, sentence, model, binding, formula, new Span(getTranslation("requirements.why.inputs")), inputs);
    }

    private static String inputValue(Object value) {
        if (value instanceof Double d) {
            return Formats.decimal(d, d == Math.rint(d) ? 0 : 3);
        }
        return String.valueOf(value);
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

    private void startRecompute(long versionId) {
        run(ui -> jobs.recompute(versionId, fraction -> ui.access(() -> progress.setValue(fraction)), stopRequested::get));
    }

    private void run(java.util.function.Function<UI, CompletableFuture<RequirementVersionSummary>> job) {
        UI ui = UI.getCurrent();
        stopRequested.set(false);
        message.setText("");
        setRunning(true);
        CompletableFuture<RequirementVersionSummary> future = job.apply(ui);
        running = future;
        future.whenComplete((saved, error) -> ui.access(() -> {
            running = null;
            setRunning(false);
            if (error != null) {
                message.setText(failure(error));
                return;
            }
            message.setText(getTranslation("requirements.saved", saved.id()));
            forecastChanged();
            version.setValue(version.getListDataView().getItems().filter(v -> v.id() == saved.id()).findFirst().orElse(null));
        }));
    }

    private String failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            return getTranslation("requirements.stopped");
        }
        return getTranslation("requirements.failed", cause.getMessage());
    }

    private void setRunning(boolean on) {
        progress.setVisible(on);
        progress.setValue(0);
        stop.setVisible(on);
        compute.setEnabled(!on && forecast.getValue() != null);
    }

    private void simulateDay() {
        RequirementVersionSummary v = version.getValue();
        LocalDate d = day.getValue();
        if (v == null || d == null) {
            return;
        }
        UI ui = UI.getCurrent();
        simulate.setEnabled(false);
        simulation.removeAll();
        ProgressBar busy = new ProgressBar();
        busy.setIndeterminate(true);
        simulation.add(new Span(getTranslation("requirements.simulating")), busy);
        jobs.simulateDay(v.id(), d).whenComplete((result, error) -> ui.access(() -> {
            simulate.setEnabled(true);
            simulation.removeAll();
            if (error != null) {
                simulation.add(new Paragraph(failure(error)));
            } else {
                showSimulation(result);
            }
        }));
    }

    private void showSimulation(DaySimulation result) {
        Paragraph summary = new Paragraph(getTranslation("requirements.simulation.summary", Formats.date(result.day()),
                result.replications(), estimate(result.daySlPercent(), 1, " %"),
                result.erlangDaySlPercent() == null ? "–" : Formats.percent(result.erlangDaySlPercent(), 1),
                estimate(result.dayAsaSeconds(), 1, " s"), estimate(result.dayAbandonPercent(), 1, " %")));
        summary.setId("req-simulation-summary");
        Grid<DaySimulation.Row> grid = new Grid<>();
        grid.setId("req-simulation-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.label().substring(r.label().length() - 5)).setHeader(getTranslation("requirements.sim.col.interval"));
        grid.addColumn(r -> Formats.decimal(r.offered(), 1)).setHeader(getTranslation("requirements.sim.col.offered"));
        grid.addColumn(r -> Formats.integer(r.agents())).setHeader(getTranslation("requirements.sim.col.agents"));
        grid.addColumn(r -> r.erlangSlPercent() == null ? "–" : Formats.percent(r.erlangSlPercent(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-sl"));
        grid.addColumn(r -> estimate(r.slPercent(), 1, " %")).setHeader(getTranslation("requirements.sim.col.sl"));
        grid.addColumn(r -> r.erlangAsaSeconds() == null ? "–" : Formats.decimal(r.erlangAsaSeconds(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-asa"));
        grid.addColumn(r -> estimate(r.asaSeconds(), 1, " s")).setHeader(getTranslation("requirements.sim.col.asa"));
        grid.addColumn(r -> r.erlangAbandonPercent() == null ? "–" : Formats.percent(r.erlangAbandonPercent(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-abandon"));
        grid.addColumn(r -> estimate(r.abandonPercent(), 1, " %")).setHeader(getTranslation("requirements.sim.col.abandon"));
        grid.setItems(result.rows());
        simulation.add(new H3(getTranslation("requirements.simulation.title")), summary, grid);
    }

    /** "95.1 ± 0.8 %", or "–" when no replication had a contact to measure. */
    private static String estimate(Estimate e, int digits, String unit) {
        if (e.samples() == 0) {
            return "–";
        }
        return Formats.decimal(e.mean(), digits) + " ± " + Formats.decimal(e.halfWidth(), digits) + unit;
    }

    private static String dateTime(OffsetDateTime t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Formats.locale())
                .format(t.atZoneSameInstant(ZoneId.systemDefault()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // leaving the page stops a running computation; nothing half-written is left behind
        stopRequested.set(true);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requirements.title") + " | " + getTranslation("app.name");
    }
}
