package dev.frontline.quality.planactual.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.quality.planactual.IntervalFigure;
import dev.frontline.quality.planactual.PlanActualPeriod;
import dev.frontline.quality.planactual.PlanActualReport;
import dev.frontline.quality.planactual.PlanActualService;
import dev.frontline.quality.planactual.PlanQueue;
import dev.frontline.quality.planactual.engine.Measure;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/** A week's days with their gaps explained; a day opens its intervals in a chart, on the queue's clock. */
class DaysPanel extends VerticalLayout {

    private final PlanActualService service;
    private final H3 title = new H3();
    private final Grid<PlanActualPeriod> grid = new Grid<>();
    private final H3 dayTitle = new H3();
    private final Chart intervals = new Chart();
    private PlanQueue queue;
    private PlanActualReport report;

    DaysPanel(PlanActualService service) {
        this.service = service;
        setPadding(false);
        setId("plan-actual-days");
        grid.setId("plan-actual-days-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> PlanActualTexts.dayLabel(p.first())).setHeader(getTranslation("planactual.col.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.number(p.gap().forecastContacts(), 0))
                .setHeader(getTranslation("planactual.col.forecast")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.number(p.actualContacts(), 0)).setHeader(getTranslation("planactual.col.actual"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.number(p.staffedAgents(), 1)).setHeader(getTranslation("planactual.col.staffed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.service(report.measure(), p.achieved()))
                .setHeader(getTranslation("planactual.col.achieved")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.explanation(this, report.measure(), p))
                .setHeader(getTranslation("planactual.col.explanation")).setFlexGrow(1);
        grid.addItemClickListener(e -> showDay(e.getItem().first()));
        title.setId("plan-actual-days-title");
        dayTitle.setId("plan-actual-day-title");
        intervals.setId("plan-actual-intervals-chart");
        intervals.setHeight("300px");
        add(title, new Paragraph(getTranslation("planactual.days.hint")), grid, dayTitle, intervals);
        setVisible(false);
    }

    void clear() {
        setVisible(false);
    }

    void show(PlanQueue queue, LocalDate monday) {
        this.queue = queue;
        this.report = service.days(queue.code(), monday);
        title.setText(getTranslation("planactual.days.title", PlanActualTexts.weekLabel(this, monday), queue.name()));
        grid.setItems(report.periods());
        setVisible(true);
        showDay(monday);
    }

    void showDay(LocalDate day) {
        ZoneId zone = queue.zone();
        List<IntervalFigure> figures = service.intervals(queue.code(), day);
        dayTitle.setText(getTranslation("planactual.day.title", PlanActualTexts.dayLabel(day), queue.name()));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        ChartOption option = new ChartOption().categories(figures.stream()
                .map(f -> time.format(f.start().atZone(zone))).toList());
        int contacts = option.addValueAxis(getTranslation("planactual.axis.contacts"));
        option.series(getTranslation("planactual.col.forecast"), ChartOption.SeriesType.BAR,
                values(figures.stream().map(IntervalFigure::forecastContacts).toList()), contacts);
        option.series(getTranslation("planactual.col.actual"), ChartOption.SeriesType.BAR,
                values(figures.stream().map(IntervalFigure::actualContacts).toList()), contacts);
        int agents = option.addValueAxis(getTranslation("planactual.axis.agents-at", zone.getId()));
        option.series(getTranslation("planactual.col.required"), ChartOption.SeriesType.LINE,
                values(figures.stream().map(IntervalFigure::requiredAgents).toList()), agents);
        option.series(getTranslation("planactual.col.scheduled"), ChartOption.SeriesType.LINE,
                values(figures.stream().map(IntervalFigure::scheduledAgents).toList()), agents);
        option.series(getTranslation("planactual.col.staffed"), ChartOption.SeriesType.LINE,
                values(figures.stream().map(IntervalFigure::staffedAgents).toList()), agents);
        if (report.measure() == Measure.SERVICE_LEVEL) {
            int service = option.addValueAxis(getTranslation("planactual.axis.service-level"));
            option.series(getTranslation("planactual.series.planned-sl"), ChartOption.SeriesType.LINE,
                    values(figures.stream().map(IntervalFigure::plannedService).toList()), service);
            option.series(getTranslation("planactual.col.achieved"), ChartOption.SeriesType.LINE,
                    values(figures.stream().map(IntervalFigure::achieved).toList()), service);
        }
        intervals.setOption(option.withZoom());
    }

    private static List<Double> values(List<Double> raw) {
        List<Double> values = new ArrayList<>(raw.size());
        raw.forEach(v -> values.add(v == null || v.isNaN() ? null : Math.round(v * 10) / 10.0));
        return values;
    }
}
