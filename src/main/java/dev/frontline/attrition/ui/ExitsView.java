package dev.frontline.attrition.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.EarlyAttrition;
import dev.frontline.workforce.ExitReasonNames;
import dev.frontline.attrition.engine.ExitReasons;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/** Why and when people leave: exits per quarter and reason, early attrition per hiring cohort, hazard by tenure band. */
@Route("attrition/exits")
@RolesAllowed({Roles.HR, Roles.PLANNER})
public class ExitsView extends VerticalLayout implements HasDynamicTitle {

    public ExitsView(AttritionService attrition) {
        setId("attrition-exits");
        add(new RouterLink(getTranslation("attrition.back"), AttritionHomeView.class),
                new H2(getTranslation("attrition.exits.title")));
        reasons(attrition.exitsByReason());
        early(attrition.earlyAttrition());
        hazard(attrition.hazardByTenure());
    }

    private void reasons(List<ExitReasons.Count> counts) {
        List<String> quarters = new TreeSet<>(counts.stream().map(ExitReasons.Count::quarter).toList()).stream().toList();
        Map<String, Map<String, Integer>> byReason = new TreeMap<>();
        // a reason is a category code (the demo's) or HR's own words; codes read in the reader's language
        counts.forEach(c -> byReason.computeIfAbsent(ExitReasonNames.display(c.reason(), getLocale()),
                r -> new TreeMap<>()).put(c.quarter(), c.exits()));
        ChartOption option = new ChartOption().categories(quarters.stream().map(q -> AttritionTexts.period(this, q)).toList());
        int axis = option.addValueAxis(getTranslation("attrition.col.exits"));
        byReason.forEach((reason, perQuarter) -> option.series(reason, ChartOption.SeriesType.BAR,
                quarters.stream().map(q -> (double) perQuarter.getOrDefault(q, 0)).toList(), axis, "reasons"));
        Chart chart = new Chart();
        chart.setId("exits-reason-chart");
        chart.setOption(option);
        Grid<ExitReasons.Count> grid = new Grid<>();
        grid.setId("exits-reason-grid");
        grid.addColumn(c -> AttritionTexts.period(this, c.quarter())).setHeader(getTranslation("attrition.col.quarter"));
        grid.addColumn(c -> ExitReasonNames.display(c.reason(), getLocale())).setHeader(getTranslation("attrition.col.reason")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.voluntary() ? "attrition.voluntary" : "attrition.involuntary"))
                .setHeader(getTranslation("attrition.col.kind"));
        grid.addColumn(ExitReasons.Count::exits).setHeader(getTranslation("attrition.col.exits"));
        grid.setItems(counts);
        grid.setHeight("300px");
        add(new H3(getTranslation("attrition.exits.reasons")), chart, grid,
                CsvExport.link("exits-reason-csv", getTranslation("attrition.csv"), "exits-by-reason.csv",
                        List.of("quarter", "reason", "voluntary", "exits"),
                        () -> counts.stream().map(c -> List.of(c.quarter(), c.reason(), Boolean.toString(c.voluntary()),
                                Integer.toString(c.exits()))).toList()));
    }

    private void early(EarlyAttrition.Result result) {
        List<EarlyAttrition.Cohort> cohorts = result.byCohort();
        ChartOption option = new ChartOption().categories(cohorts.stream().map(c -> AttritionTexts.period(this, c.cohort()))
                .toList());
        int axis = option.addValueAxis(getTranslation("attrition.axis.percent"));
        option.series(getTranslation("attrition.kpi.early"), ChartOption.SeriesType.BAR,
                cohorts.stream().map(EarlyAttrition.Cohort::percent).toList(), axis);
        Chart chart = new Chart();
        chart.setId("exits-early-chart");
        chart.setOption(option);
        Grid<EarlyAttrition.Cohort> grid = new Grid<>();
        grid.setId("exits-early-grid");
        grid.addColumn(c -> AttritionTexts.period(this, c.cohort())).setHeader(getTranslation("attrition.col.cohort"));
        grid.addColumn(EarlyAttrition.Cohort::hires).setHeader(getTranslation("attrition.col.hires"));
        grid.addColumn(EarlyAttrition.Cohort::earlyLeavers).setHeader(getTranslation("attrition.col.early-leavers"));
        grid.addColumn(c -> Formats.percent(c.percent(), 1)).setHeader(getTranslation("attrition.kpi.early"));
        grid.setItems(cohorts);
        grid.setAllRowsVisible(true);
        Paragraph overall = new Paragraph(getTranslation("attrition.kpi.early.explain", result.overall().earlyLeavers(),
                result.overall().hires()));
        overall.setId("exits-early-overall");
        add(new H3(getTranslation("attrition.exits.early")), overall, chart, grid,
                CsvExport.link("exits-early-csv", getTranslation("attrition.csv"), "early-attrition.csv",
                        List.of("cohort", "hires", "left_within_90_days", "percent"),
                        () -> cohorts.stream().map(c -> List.of(c.cohort(), Integer.toString(c.hires()),
                                Integer.toString(c.earlyLeavers()), Csv.number(c.percent(), 2))).toList()));
    }

    private void hazard(List<BandHazard> bands) {
        ChartOption option = new ChartOption().categories(bands.stream().map(b -> AttritionTexts.band(this, b.band())).toList());
        int axis = option.addValueAxis(getTranslation("attrition.axis.percent"));
        option.series(getTranslation("attrition.hazard.annual"), ChartOption.SeriesType.BAR,
                bands.stream().map(BandHazard::annualisedPercent).toList(), axis);
        Chart chart = new Chart();
        chart.setId("exits-hazard-chart");
        chart.setOption(option);
        Grid<BandHazard> grid = new Grid<>();
        grid.setId("exits-hazard-grid");
        grid.addColumn(b -> AttritionTexts.band(this, b.band())).setHeader(getTranslation("attrition.col.band-tenure"));
        grid.addColumn(BandHazard::exits).setHeader(getTranslation("attrition.col.exits"));
        grid.addColumn(b -> Formats.decimal(b.exposureMonths(), 1)).setHeader(getTranslation("attrition.col.exposure"));
        grid.addColumn(b -> Formats.decimal(b.monthlyRate(), 4) + " (" + Formats.decimal(b.lower(), 4) + " – "
                + (Double.isNaN(b.upper()) ? "–" : Formats.decimal(b.upper(), 4)) + ")")
                .setHeader(getTranslation("attrition.col.monthly-rate")).setFlexGrow(2);
        grid.addColumn(b -> Formats.percent(b.annualisedPercent(), 1)).setHeader(getTranslation("attrition.hazard.annual"));
        grid.setItems(bands);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("attrition.exits.hazard")), new Paragraph(getTranslation("attrition.hazard.formula")),
                chart, grid,
                CsvExport.link("exits-hazard-csv", getTranslation("attrition.csv"), "hazard-by-tenure.csv",
                        List.of("tenure_band", "exits", "exposure_months", "monthly_rate", "lower_95", "upper_95",
                                "annualised_percent"),
                        () -> bands.stream().map(b -> List.of(b.band().label(), Integer.toString(b.exits()),
                                Csv.number(b.exposureMonths(), 2), Csv.number(b.monthlyRate(), 5),
                                Csv.number(b.lower(), 5), Csv.number(b.upper(), 5),
                                Csv.number(b.annualisedPercent(), 2))).toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attrition.exits.title") + " | " + getTranslation("app.name");
    }
}
