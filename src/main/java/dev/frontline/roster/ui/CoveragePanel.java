package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.service.PlannerWording;
import dev.frontline.roster.service.CoverageGrid;
import dev.frontline.roster.service.GapCandidate;
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
    final Button whoCouldTake = new Button();
    final Grid<GapCandidate> gapCandidates = new Grid<>();

    private LoadedRoster loaded;
    private CoverageGrid coverage;
    private LocalDate firstDay;

    CoveragePanel(RosterService rosters) {
        this.rosters = rosters;
        coverageQueue.setId("roster-coverage-queue");
        coverageQueue.setLabel(getTranslation("roster.coverage.queue"));
        coverageQueue.setItemLabelGenerator(this::queueName);
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
        configureGapCandidates();
        add(intervalPicker, coverageChart, intervalSummary, intervalAgents, whoCouldTake, gapCandidates);
    }

    private void configureIntervalDetail() {
        coverageDay.setId("roster-coverage-day");
        coverageDay.setLabel(getTranslation("roster.coverage.day"));
        coverageDay.setItemLabelGenerator(date -> RosterTexts.date(date, getLocale()));
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
        intervalAgents.addColumn(RosterExplainer.AgentShare::name).setHeader(getTranslation("roster.explain.agent"))
                .setFlexGrow(2);
        intervalAgents.addColumn(a -> shiftTimes(a.shiftTypeId())).setHeader(getTranslation("roster.interval.shift"));
        intervalAgents.addColumn(a -> a.onBreak() ? getTranslation("roster.interval.on-break")
                        : a.inTraining() ? getTranslation("roster.interval.in-training", a.trainingCourse())
                        : String.format(getLocale(), "%.2f", a.share()))
                .setHeader(getTranslation("roster.interval.share"));
    }

    /** "Who could take this gap?": other agents free that day who could cover the chosen interval. */
    private void configureGapCandidates() {
        whoCouldTake.setId("roster-gap-who");
        whoCouldTake.setText(getTranslation("roster.edit.recommend"));
        whoCouldTake.setEnabled(false);
        whoCouldTake.setDisableOnClick(true);
        whoCouldTake.addClickListener(e -> showGapCandidates());
        gapCandidates.setId("roster-gap-candidates");
        gapCandidates.setAllRowsVisible(true);
        gapCandidates.setVisible(false);
        gapCandidates.addColumn(GapCandidate::agentName).setHeader(getTranslation("roster.explain.agent")).setFlexGrow(2);
        gapCandidates.addColumn(c -> RosterTexts.clock(c.startMinute()) + "–" + RosterTexts.clock(c.endMinute() % (24 * 60)))
                .setHeader(getTranslation("roster.interval.shift"));
        gapCandidates.addColumn(c -> place(c.location())).setHeader(getTranslation("roster.edit.location"));
        gapCandidates.addColumn(c -> c.scoreChange().toString()).setHeader(getTranslation("roster.edit.change"));
    }

    private void showGapCandidates() {
        String queue = coverageQueue.getValue();
        LocalDate date = coverageDay.getValue();
        Integer minute = coverageTime.getValue();
        try {
            if (loaded == null || queue == null || date == null || minute == null) {
                return;
            }
            RosterTexts.reportingErrors(() -> {
                List<GapCandidate> found = rosters.gapCandidates(loaded.version().id(), queue, date, minute);
                gapCandidates.setItems(found);
                gapCandidates.setVisible(true);
                if (found.isEmpty()) {
                    RosterTexts.notify(getTranslation("roster.gap.nobody"), false);
                }
            });
        } finally {
            whoCouldTake.setEnabled(true);
        }
    }

    /** "Home" or "Office, Istanbul" for a location label (HOME, OFFICE@IST). */
    private String place(String location) {
        if (location == null || !location.startsWith("OFFICE@") || loaded == null) {
            return getTranslation("roster.place.home");
        }
        String siteId = location.substring("OFFICE@".length());
        return loaded.roster().getSites().stream().filter(site -> site.id().equals(siteId)).findFirst()
                .map(site -> getTranslation("roster.place.office", site.name())).orElse(siteId);
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
            days.add(RosterTexts.date(firstDay.plusDays(d), getLocale()));
        }
        HeatmapOption heatmap = new HeatmapOption(times, days).seriesName(getTranslation("roster.coverage.gap",
                queueName(queue)));
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
            whoCouldTake.setEnabled(false);
            gapCandidates.setVisible(false);
            return;
        }
        gapCandidates.setItems(List.of());
        gapCandidates.setVisible(false);
        RosterTexts.reportingErrors(() -> {
            var detail = rosters.intervalDetail(loaded, queue, date, minute);
            String day = RosterTexts.date(date, getLocale());
            String name = queueName(queue);
            intervalSummary.setText(detail.map(d -> getTranslation("roster.interval.summary", name, day,
                    RosterTexts.clock(d.minuteOfDay()), number(d.required()), number(d.scheduled()), number(d.shortfall()),
                    number(d.surplus()), d.penalty().toString()) + allocation(d))
                    .orElseGet(() -> getTranslation("roster.interval.none", name, day, RosterTexts.clock(minute))));
            intervalAgents.setItems(detail.map(RosterExplainer.IntervalDetail::agents).orElse(List.of()));
            whoCouldTake.setEnabled(detail.map(d -> d.shortfall() > 0).orElse(false));
        });
    }

    /**
     * Where the interval's agents went, group by group of the same skills: " · 12 cross-skilled agents: 9 on Billing –
     * Turkish – voice, 3 on Tech support – Turkish – chat; 4 agents on … only".
     */
    private String allocation(RosterExplainer.IntervalDetail detail) {
        PlannerWording wording = new PlannerWording(loaded.roster(), getLocale());
        List<String> groups = detail.allocation().stream().map(wording::allocation).toList();
        return groups.isEmpty() ? "" : " · " + String.join("; ", groups);
    }

    /** "Early 07:00–15:00" (the template's name and clock times) for a shift type of the loaded roster. */
    private String shiftTimes(String shiftTypeId) {
        return loaded == null ? shiftTypeId : loaded.roster().getShiftTypes().stream()
                .filter(t -> t.id().equals(shiftTypeId)).findFirst()
                .map(t -> PlannerWording.shift(t, getLocale()))
                .orElse(shiftTypeId);
    }

    /** The queue's name ("Billing – Turkish – voice") rather than its code. */
    private String queueName(String queueId) {
        return loaded == null ? queueId : loaded.roster().getQueues().stream().filter(q -> q.id().equals(queueId))
                .map(dev.frontline.roster.engine.Queue::name).findFirst().orElse(queueId);
    }

    private String number(double value) {
        return String.format(getLocale(), "%.2f", value);
    }
}
