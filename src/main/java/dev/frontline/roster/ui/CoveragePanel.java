package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.service.CoverageGrid;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.HeatmapOption;

/**
 * A queue's coverage as a heatmap of scheduled minus required agents (time of day × day), and one interval in detail:
 * requirement, supply, gap, penalty and the agents working it. Clicking a cell picks its interval.
 */
class CoveragePanel extends VerticalLayout {

    private static final int INTERVAL_MINUTES = 15;
    private static final int INTERVALS_PER_DAY = 24 * 60 / INTERVAL_MINUTES;

    private final RosterService rosters;
    final Select<String> coverageQueue = new Select<>();
    final Chart coverageChart = new Chart();
    final ComboBox<LocalDate> coverageDay = new ComboBox<>();
    final ComboBox<Integer> coverageTime = new ComboBox<>();
    final Span intervalSummary = new Span();
    final Grid<RosterExplainer.AgentShare> intervalAgents = new Grid<>();

    private LoadedRoster loaded;
    private CoverageGrid coverage;
    private LocalDate firstDay;

    CoveragePanel(RosterService rosters) {
        this.rosters = rosters;
        coverageQueue.setId("roster-coverage-queue");
        coverageQueue.setLabel(getTranslation("roster.coverage.queue"));
        coverageQueue.addValueChangeListener(e -> {
            drawCoverage();
            showInterval();
        });
        coverageChart.setId("roster-coverage-chart");
        coverageChart.setHeight("420px");
        coverageChart.addClickListener(e -> selectCell(e.category()));
        configureIntervalDetail();
        HorizontalLayout intervalPicker = new HorizontalLayout(coverageQueue, coverageDay, coverageTime);
        intervalPicker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(intervalPicker, coverageChart, intervalSummary, intervalAgents);
    }

    private void configureIntervalDetail() {
        coverageDay.setId("roster-coverage-day");
        coverageDay.setLabel(getTranslation("roster.coverage.day"));
        coverageDay.setItemLabelGenerator(date -> RosterTexts.dayLabel(date, getLocale()));
        coverageTime.setId("roster-coverage-time");
        coverageTime.setLabel(getTranslation("roster.coverage.time"));
        List<Integer> minutes = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += INTERVAL_MINUTES) {
            minutes.add(minute);
        }
        coverageTime.setItems(minutes);
        coverageTime.setItemLabelGenerator(RosterTexts::clock);
        coverageDay.addValueChangeListener(e -> showInterval());
        coverageTime.addValueChangeListener(e -> showInterval());
        intervalSummary.setId("roster-interval-summary");
        intervalAgents.setId("roster-interval-agents");
        intervalAgents.setAllRowsVisible(true);
        intervalAgents.addColumn(a -> a.agentId() + " " + a.name()).setHeader(getTranslation("roster.explain.agent"))
                .setFlexGrow(2);
        intervalAgents.addColumn(RosterExplainer.AgentShare::shiftTypeId).setHeader(getTranslation("roster.interval.shift"));
        intervalAgents.addColumn(a -> String.format(getLocale(), "%.2f", a.share()))
                .setHeader(getTranslation("roster.interval.share"));
    }

    /** Nothing to show: the interval detail empties; the last heatmap stays until another roster is shown. */
    void clear() {
        loaded = null;
        showInterval();
    }

    /** The loaded roster's coverage, its first queue chosen; {@code loaded} null when the roster could not be loaded. */
    void show(RosterVersionSummary summary, LoadedRoster loaded) {
        this.loaded = loaded;
        this.firstDay = summary.firstDay();
        coverage = loaded == null ? null : CoverageGrid.of(loaded.roster());
        coverageQueue.setItems(coverage == null ? List.of() : coverage.queues());
        if (coverage != null && !coverage.queues().isEmpty()) {
            coverageQueue.setValue(coverage.queues().get(0));
        }
        drawCoverage();
        coverageDay.setItems(summary.days());
        showInterval();
    }

    private void drawCoverage() {
        String queue = coverageQueue.getValue();
        if (coverage == null || queue == null) {
            return;
        }
        List<String> times = new ArrayList<>();
        for (int i = 0; i < INTERVALS_PER_DAY; i++) {
            times.add(RosterTexts.clock(i * INTERVAL_MINUTES));
        }
        List<String> days = new ArrayList<>();
        for (int d = 0; d < coverage.days(); d++) {
            days.add(firstDay.plusDays(d).toString());
        }
        HeatmapOption heatmap = new HeatmapOption(times, days).seriesName(getTranslation("roster.coverage.gap", queue));
        double extreme = 1;
        for (CoverageGrid.Cell cell : coverage.of(queue)) {
            // the cell's name comes back with a click, so the panel can show that interval
            heatmap.cell(cell.minuteOfDay() / INTERVAL_MINUTES, cell.day(), Math.round(cell.gap() * 10) / 10.0,
                    firstDay.plusDays(cell.day()) + " " + RosterTexts.clock(cell.minuteOfDay()));
            extreme = Math.max(extreme, Math.abs(cell.gap()));
        }
        // symmetric around zero, so white is "exactly covered": red short, blue over
        coverageChart.setOption(heatmap.valueRange(-extreme, extreme).colours("#c62828", "#f7f7f7", "#1565c0"));
    }

    /** A heatmap cell names its day and time ("2024-01-01 08:15"): show that interval. */
    private void selectCell(String cell) {
        String[] parts = cell == null ? new String[0] : cell.split(" ");
        if (parts.length != 2 || coverage == null) {
            return;
        }
        String[] time = parts[1].split(":");
        coverageDay.setValue(LocalDate.parse(parts[0]));
        coverageTime.setValue(Integer.parseInt(time[0]) * 60 + Integer.parseInt(time[1]));
    }

    /** The chosen queue's interval: requirement, supply, gap, penalty and the agents working it. */
    private void showInterval() {
        String queue = coverageQueue.getValue();
        LocalDate date = coverageDay.getValue();
        Integer minute = coverageTime.getValue();
        if (loaded == null || queue == null || date == null || minute == null
                || date.isBefore(loaded.scenario().firstDay()) || date.isAfter(loaded.scenario().lastDay())) {
            intervalSummary.setText("");
            intervalAgents.setItems(List.of());
            return;
        }
        RosterTexts.reportingErrors(() -> {
            var detail = rosters.intervalDetail(loaded, queue, date, minute);
            String day = RosterTexts.dayLabel(date, getLocale());
            intervalSummary.setText(detail.map(d -> getTranslation("roster.interval.summary", queue, day,
                    RosterTexts.clock(d.minuteOfDay()), number(d.required()), number(d.scheduled()), number(d.shortfall()),
                    number(d.surplus()), d.penalty().toString()))
                    .orElseGet(() -> getTranslation("roster.interval.none", queue, day, RosterTexts.clock(minute))));
            intervalAgents.setItems(detail.map(RosterExplainer.IntervalDetail::agents).orElse(List.of()));
        });
    }

    private String number(double value) {
        return String.format(getLocale(), "%.2f", value);
    }
}
