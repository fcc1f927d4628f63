package dev.frontline.staffing.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;
import dev.frontline.staffing.RequirementRow;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementTotals;
import dev.frontline.staffing.RequirementVersionSummary;

/**
 * A requirement version over a day or a week: key figures, required and scheduled agents with the forecast volume,
 * and the explanation of the interval the planner clicks.
 */
class RequirementChartPanel extends VerticalLayout {

    private final RequirementService service;
    private final Div kpis = new Div();
    private final Chart chart = new Chart();
    private final IntervalExplanationPanel explanation = new IntervalExplanationPanel();

    private RequirementVersionSummary version;
    private List<RequirementRow> shown = List.of();
    private List<String> chartLabels = List.of();

    RequirementChartPanel(RequirementService service) {
        this.service = service;
        setPadding(false);
        kpis.setId("req-kpis");
        chart.setId("req-chart");
        chart.addClickListener(click -> explain(click.category()));
        chart.setVisible(false);
        add(kpis, chart, explanation);
    }

    /** No version: no figures, no chart, no explanation. */
    void clear() {
        explanation.clear();
        version = null;
        shown = List.of();
        kpis.removeAll();
        chart.setVisible(false);
    }

    /** No day to show: the chart and explanation go, the last figures stay until there is a day again. */
    void hideChart() {
        explanation.clear();
        chart.setVisible(false);
    }

    void clearExplanation() {
        explanation.clear();
    }

    /**
     * The version's intervals on {@code days} local days from {@code first} in the queue's zone; the figures need the
     * forecast's grain ({@code forecast} null: no figures).
     */
    void show(RequirementVersionSummary v, LocalDate first, int days, ZoneId zone, ForecastVersionSummary forecast) {
        explanation.clear();
        version = v;
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
        int agentsAxis = option.addValueAxis(getTranslation("requirements.axis.agents", zone.getId()));
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
        showKpis(forecast, days);
    }

    private void showKpis(ForecastVersionSummary f, int days) {
        kpis.removeAll();
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
    private void explain(String category) {
        int index = chartLabels.indexOf(category);
        if (index < 0 || version == null) {
            return;
        }
        explanation.show(service.explain(version.id(), shown.get(index).intervalStart()), category);
    }
}
