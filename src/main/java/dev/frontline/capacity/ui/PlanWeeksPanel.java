package dev.frontline.capacity.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.StoredScenario;
import dev.frontline.capacity.engine.HiringClass;
import dev.frontline.capacity.engine.PlanWeek;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * One scenario's weeks for the whole centre: required and supplied FTE with their bands as a chart, the weeks as a
 * grid (the hiring classes are in {@link ClassEditorPanel}).
 */
class PlanWeeksPanel extends VerticalLayout {

    /** The centre's figures of one week: the queues' sums. */
    record Week(LocalDate weekStart, double required, double requiredLow, double requiredHigh, double supply,
            double supplyLow, double supplyHigh, double hires, int queuesBelow) {

        double gap() {
            return supply - required;
        }
    }

    private final CapacityService capacity;
    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    private final Chart chart = new Chart();
    private final Grid<Week> grid = new Grid<>();

    PlanWeeksPanel(CapacityService capacity) {
        this.capacity = capacity;
        setId("capacity-weeks");
        setPadding(false);
        summary.setId("capacity-weeks-summary");
        chart.setId("capacity-chart");
        grid.setId("capacity-grid");
        grid.addColumn(w -> Formats.date(w.weekStart())).setHeader(getTranslation("capacity.col.week"));
        grid.addColumn(w -> Formats.decimal(w.required(), 1)).setHeader(getTranslation("capacity.col.required"));
        grid.addColumn(w -> Formats.decimal(w.supply(), 1)).setHeader(getTranslation("capacity.col.supply"));
        grid.addColumn(w -> Formats.decimal(w.hires(), 1)).setHeader(getTranslation("capacity.col.hires"));
        grid.addColumn(w -> Formats.decimal(w.gap(), 1)).setHeader(getTranslation("capacity.col.gap"));
        grid.addColumn(w -> w.required() > 0 ? Formats.percent(100 * w.gap() / w.required(), 1) : "–")
                .setHeader(getTranslation("capacity.col.gap-percent"));
        grid.addColumn(w -> Formats.integer(w.queuesBelow())).setHeader(getTranslation("capacity.col.queues-below"));
        grid.setHeight("360px");
        add(title, summary, chart, grid);
    }

    void show(StoredScenario scenario) {
        CapacityService.ScenarioDetail detail = capacity.scenario(scenario.id());
        Map<LocalDate, double[]> byWeek = new TreeMap<>();
        detail.weeks().forEach(q -> {
            PlanWeek w = q.week();
            double[] s = byWeek.computeIfAbsent(w.weekStart(), k -> new double[8]);
            s[0] += w.requiredFte();
            s[1] += w.requiredLow();
            s[2] += w.requiredHigh();
            s[3] += w.supplyFte();
            s[4] += w.supplyLow();
            s[5] += w.supplyHigh();
            s[6] += w.hiresFte();
            s[7] += w.belowGoal() ? 1 : 0;
        });
        List<Week> rows = new ArrayList<>();
        byWeek.forEach((week, s) -> rows.add(new Week(week, s[0], s[1], s[2], s[3], s[4], s[5], s[6], (int) s[7])));
        title.setText(getTranslation("capacity.weeks.title", scenario.name()));
        int hires = detail.classes().stream().mapToInt(HiringClass::size).sum();
        summary.setText(getTranslation("capacity.weeks.summary", rows.size(),
                scenario.summary() == null ? 0 : scenario.summary().weeksBelowGoal(), hires, detail.classes().size()));
        ChartOption option = new ChartOption().categories(rows.stream().map(w -> Formats.shortDate(w.weekStart())).toList());
        int axis = option.addValueAxis(getTranslation("capacity.axis.fte"));
        option.band(getTranslation("capacity.band.required"), rows.stream().map(Week::requiredLow).toList(),
                rows.stream().map(Week::requiredHigh).toList(), axis, "#d9534f", 0.15);
        option.band(getTranslation("capacity.band.supply"), rows.stream().map(Week::supplyLow).toList(),
                rows.stream().map(Week::supplyHigh).toList(), axis, "#2e7d32", 0.15);
        option.series(getTranslation("capacity.series.required"), ChartOption.SeriesType.LINE,
                rows.stream().map(Week::required).toList(), axis, null, ChartOption.SeriesStyle.color("#d9534f"));
        option.series(getTranslation("capacity.series.supply"), ChartOption.SeriesType.LINE,
                rows.stream().map(Week::supply).toList(), axis, null, ChartOption.SeriesStyle.color("#2e7d32"));
        option.series(getTranslation("capacity.series.hires"), ChartOption.SeriesType.BAR,
                rows.stream().map(Week::hires).toList(), axis);
        chart.setOption(option);
        grid.setItems(rows);
    }
}
