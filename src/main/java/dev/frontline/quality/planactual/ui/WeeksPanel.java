package dev.frontline.quality.planactual.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.quality.planactual.PlanActualPeriod;
import dev.frontline.quality.planactual.PlanActualReport;
import dev.frontline.quality.planactual.engine.Measure;
import dev.frontline.quality.planactual.engine.ServiceGap;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/** The weeks of the range: the latest week's sentence, a chart of volume and agents, the grid and its CSV. */
class WeeksPanel extends VerticalLayout {

    private final Paragraph headline = new Paragraph();
    private final Chart volume = new Chart();
    private final Chart agents = new Chart();
    private final Grid<PlanActualPeriod> grid = new Grid<>();
    private final Div csv = new Div();
    private PlanActualReport report;

    WeeksPanel(Consumer<LocalDate> openWeek) {
        setPadding(false);
        setId("plan-actual-weeks");
        headline.setId("plan-actual-headline");
        volume.setId("plan-actual-volume-chart");
        volume.setHeight("280px");
        agents.setId("plan-actual-agents-chart");
        agents.setHeight("280px");
        grid.setId("plan-actual-grid");
        grid.addClassName("fl-dense-grid");
        grid.setHeight("420px");
        grid.addColumn(p -> PlanActualTexts.weekLabel(this, p.first())).setHeader(getTranslation("planactual.col.week"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.number(p.gap().forecastContacts(), 0))
                .setHeader(getTranslation("planactual.col.forecast")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.number(p.actualContacts(), 0)).setHeader(getTranslation("planactual.col.actual"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.signedPercent(p.gap().volumeErrorPercent()))
                .setHeader(getTranslation("planactual.col.error")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.signedPercent(p.gap().ahtErrorPercent()))
                .setHeader(getTranslation("planactual.col.aht-error")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.number(p.gap().requiredAgents(), 1))
                .setHeader(getTranslation("planactual.col.required")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.gap() == null ? "–" : PlanActualTexts.number(p.gap().scheduledAgents(), 1))
                .setHeader(getTranslation("planactual.col.scheduled")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.number(p.staffedAgents(), 1)).setHeader(getTranslation("planactual.col.staffed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.goal(this, report.measure(), p.gap() == null ? report.goal() : p.gap().goal()))
                .setHeader(getTranslation("planactual.col.goal")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> PlanActualTexts.service(report.measure(), p.achieved()))
                .setHeader(getTranslation("planactual.col.achieved")).setAutoWidth(true).setFlexGrow(0);
        // the sentence is long: the column shows its start, the tooltip all of it
        grid.addColumn(p -> PlanActualTexts.explanation(this, report.measure(), p))
                .setHeader(getTranslation("planactual.col.explanation")).setFlexGrow(1).setWidth("4em")
                .setTooltipGenerator(p -> PlanActualTexts.explanation(this, report.measure(), p));
        grid.addItemClickListener(e -> openWeek.accept(e.getItem().first()));
        add(headline, new H3(getTranslation("planactual.chart.volume")), volume, new H3(getTranslation("planactual.chart.agents")),
                agents, new H3(getTranslation("planactual.weeks")), new Paragraph(getTranslation("planactual.weeks.hint")),
                grid, csv);
        setVisible(false);
    }

    void clear() {
        setVisible(false);
    }

    void show(PlanActualReport report) {
        this.report = report;
        setVisible(true);
        List<PlanActualPeriod> periods = report.periods();
        grid.setItems(periods);
        PlanActualPeriod latest = periods.stream().filter(p -> p.gap() != null).reduce((a, b) -> b).orElse(null);
        headline.setText(latest == null ? getTranslation("planactual.no-plan-in-range")
                : PlanActualTexts.sentence(this, report.measure(), report.queue(), PlanActualTexts.weekLabel(this, latest.first()), latest));
        List<String> weeks = periods.stream().map(p -> PlanActualTexts.weekLabel(this, p.first())).toList();
        ChartOption contacts = new ChartOption().categories(weeks);
        int axis = contacts.addValueAxis(getTranslation("planactual.axis.contacts"));
        contacts.series(getTranslation("planactual.col.forecast"), ChartOption.SeriesType.BAR,
                values(periods, p -> p.gap() == null ? null : p.gap().forecastContacts()), axis);
        contacts.series(getTranslation("planactual.col.actual"), ChartOption.SeriesType.BAR,
                values(periods, PlanActualPeriod::actualContacts), axis);
        volume.setOption(contacts);
        ChartOption staff = new ChartOption().categories(weeks);
        int agentAxis = staff.addValueAxis(getTranslation("planactual.axis.agents"));
        staff.series(getTranslation("planactual.col.required"), ChartOption.SeriesType.LINE,
                values(periods, p -> p.gap() == null ? null : p.gap().requiredAgents()), agentAxis);
        staff.series(getTranslation("planactual.col.scheduled"), ChartOption.SeriesType.LINE,
                values(periods, p -> p.gap() == null ? null : p.gap().scheduledAgents()), agentAxis);
        staff.series(getTranslation("planactual.col.staffed"), ChartOption.SeriesType.LINE,
                values(periods, PlanActualPeriod::staffedAgents), agentAxis);
        int serviceAxis = staff.addValueAxis(report.measure() == Measure.SERVICE_LEVEL
                ? getTranslation("planactual.axis.service-level") : getTranslation("planactual.axis.response"));
        staff.series(getTranslation("planactual.col.achieved"), ChartOption.SeriesType.BAR,
                values(periods, PlanActualPeriod::achieved), serviceAxis);
        agents.setOption(staff);
        csv.removeAll();
        csv.add(CsvExport.link("plan-actual-csv", getTranslation("planactual.csv"),
                "plan-vs-actual-" + report.queue().code() + ".csv", header(), () -> rows(report)));
    }

    private interface Figure {
        Double of(PlanActualPeriod p);
    }

    private static List<Double> values(List<PlanActualPeriod> periods, Figure figure) {
        List<Double> values = new ArrayList<>();
        for (PlanActualPeriod p : periods) {
            Double v = figure.of(p);
            values.add(v == null || v.isNaN() ? null : Math.round(v * 10) / 10.0);
        }
        return values;
    }

    private static List<String> header() {
        return List.of("week_start", "queue", "forecast_contacts", "actual_contacts", "volume_error_percent",
                "interval_wape_percent", "forecast_aht_seconds", "actual_aht_seconds", "required_agents",
                "scheduled_agents", "planned_on_phone", "staffed_agents", "goal", "planned_service", "modelled_service",
                "achieved_service", "gap", "part_plan", "part_volume", "part_aht", "part_staffing", "part_model",
                "forecast_version", "requirement_version", "roster_version");
    }

    private static List<List<String>> rows(PlanActualReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (PlanActualPeriod p : report.periods()) {
            ServiceGap g = p.gap();
            List<String> row = new ArrayList<>(List.of(p.first().toString(), report.queue().code()));
            if (g == null) {
                row.addAll(List.of("", csv(p.actualContacts()), "", "", "", csv(p.actualAhtSeconds()), "", "", "",
                        csv(p.staffedAgents()), csv(report.goal()), "", "", csv(p.achieved()), "", "", "", "", "", "", "", "", ""));
            } else {
                row.addAll(List.of(csv(g.forecastContacts()), csv(g.actualContacts()), csv(g.volumeErrorPercent()),
                        csv(g.intervalWapePercent()), csv(g.forecastAhtSeconds()), csv(g.actualAhtSeconds()),
                        csv(g.requiredAgents()), csv(g.scheduledAgents()), csv(g.plannedAgents()), csv(g.staffedAgents()),
                        csv(g.goal()), csv(g.planned()), csv(g.modelled()), csv(g.achieved()), csv(g.gap()), csv(g.planPart()),
                        csv(g.volumePart()), csv(g.ahtPart()), csv(g.staffingPart()), csv(g.residual()),
                        Long.toString(p.plan().forecastVersionId()), Long.toString(p.plan().requirementVersionId()),
                        p.plan().rosterVersionId() == null ? "" : Long.toString(p.plan().rosterVersionId())));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.2f", v) : "";
    }
}
