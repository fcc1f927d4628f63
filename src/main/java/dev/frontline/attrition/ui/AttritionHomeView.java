package dev.frontline.attrition.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.attrition.AttritionOverview;
import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.TurnoverTrend;
import dev.frontline.quality.speed.SpeedQualityService;
import dev.frontline.quality.speed.ui.QualityHeadlinePanel;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * HR's home: the headline figures with their trend, the monthly turnover behind them, and links into each analysis;
 * the quality headline (QA, FCR, CSAT, AHT) with links to speed and quality and to plan against actual.
 */
@Route("attrition")
@RolesAllowed({Roles.HR, Roles.PLANNER})
@Menu(title = "nav.attrition", order = 0, icon = "vaadin:chart-line")
public class AttritionHomeView extends VerticalLayout implements HasDynamicTitle {

    public AttritionHomeView(AttritionService attrition, SpeedQualityService quality) {
        setId("attrition-home");
        AttritionOverview overview = attrition.overview();
        List<TurnoverTrend.Month> trend = attrition.turnoverTrend();
        add(new H2(getTranslation("attrition.home.title")),
                new Paragraph(getTranslation("attrition.home.records", Formats.date(overview.recordsFrom()),
                        Formats.date(overview.asOf()))),
                kpis(overview), links(), new QualityHeadlinePanel(quality),
                new H3(getTranslation("attrition.trend.title")),
                new Paragraph(getTranslation("attrition.trend.formula")),
                trendChart(trend), trendGrid(trend), trendCsv(trend));
    }

    private FlexLayout kpis(AttritionOverview o) {
        String turnover = o.turnoverLast12MonthsPercent() == null ? "–" : Formats.percent(o.turnoverLast12MonthsPercent(), 1);
        String trendText = o.turnoverPrevious12MonthsPercent() == null ? getTranslation("attrition.kpi.turnover.no-previous")
                : getTranslation("attrition.kpi.turnover.previous", Formats.percent(o.turnoverPrevious12MonthsPercent(), 1));
        var early = o.earlyAttrition();
        var expected = o.expectedLeaversNext12Months();
        FlexLayout kpis = new FlexLayout(
                new Kpi("attrition-kpi-headcount", getTranslation("attrition.kpi.headcount"),
                        Formats.integer(o.activeHeadcount()), getTranslation("attrition.kpi.headcount.explain")),
                new Kpi("attrition-kpi-exits", getTranslation("attrition.kpi.exits"), Formats.integer(o.exitsLast12Months()),
                        getTranslation("attrition.kpi.exits.explain", o.voluntaryExitsLast12Months())),
                new Kpi("attrition-kpi-turnover", getTranslation("attrition.kpi.turnover"), turnover, trendText),
                new Kpi("attrition-kpi-early", getTranslation("attrition.kpi.early"), Formats.percent(early.percent(), 1),
                        getTranslation("attrition.kpi.early.explain", early.earlyLeavers(), early.hires())),
                new Kpi("attrition-kpi-forecast", getTranslation("attrition.kpi.forecast"),
                        Formats.decimal(expected.expected(), 1),
                        getTranslation("attrition.kpi.forecast.explain", expected.lower(), expected.upper())));
        kpis.getStyle().set("gap", "var(--lumo-space-m)");
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Paragraph trendLine = new Paragraph(trendText);
        trendLine.setId("attrition-turnover-trend");
        kpis.add(trendLine);
        return kpis;
    }

    private HorizontalLayout links() {
        RouterLink survival = new RouterLink(getTranslation("attrition.link.survival"), SurvivalView.class);
        survival.setId("attrition-link-survival");
        RouterLink exits = new RouterLink(getTranslation("attrition.link.exits"), ExitsView.class);
        exits.setId("attrition-link-exits");
        RouterLink forecast = new RouterLink(getTranslation("attrition.link.forecast"), LeaverForecastView.class);
        forecast.setId("attrition-link-forecast");
        HorizontalLayout links = new HorizontalLayout(survival, exits, forecast);
        links.setId("attrition-links");
        return links;
    }

    private Chart trendChart(List<TurnoverTrend.Month> trend) {
        ChartOption option = new ChartOption().categories(trend.stream().map(m -> m.month().toString()).toList());
        int percent = option.addValueAxis(getTranslation("attrition.axis.percent"));
        option.series(getTranslation("attrition.trend.monthly"), ChartOption.SeriesType.BAR,
                trend.stream().map(TurnoverTrend.Month::annualisedPercent).toList(), percent);
        option.series(getTranslation("attrition.trend.rolling"), ChartOption.SeriesType.LINE,
                trend.stream().map(TurnoverTrend.Month::rolling12Percent).toList(), percent);
        Chart chart = new Chart();
        chart.setId("attrition-trend-chart");
        chart.setOption(option);
        return chart;
    }

    private Grid<TurnoverTrend.Month> trendGrid(List<TurnoverTrend.Month> trend) {
        Grid<TurnoverTrend.Month> grid = new Grid<>();
        grid.setId("attrition-trend-grid");
        grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("attrition.col.month"));
        grid.addColumn(TurnoverTrend.Month::headcountStart).setHeader(getTranslation("attrition.col.headcount-start"));
        grid.addColumn(TurnoverTrend.Month::headcountEnd).setHeader(getTranslation("attrition.col.headcount-end"));
        grid.addColumn(TurnoverTrend.Month::exits).setHeader(getTranslation("attrition.col.exits"));
        grid.addColumn(TurnoverTrend.Month::voluntaryExits).setHeader(getTranslation("attrition.col.voluntary"));
        grid.addColumn(m -> Formats.percent(m.annualisedPercent(), 1)).setHeader(getTranslation("attrition.trend.monthly"));
        grid.addColumn(m -> m.rolling12Percent() == null ? "–" : Formats.percent(m.rolling12Percent(), 1))
                .setHeader(getTranslation("attrition.trend.rolling"));
        grid.setItems(trend);
        grid.setHeight("320px");
        return grid;
    }

    private com.vaadin.flow.component.html.Anchor trendCsv(List<TurnoverTrend.Month> trend) {
        return CsvExport.link("attrition-trend-csv", getTranslation("attrition.csv"), "turnover-by-month.csv",
                List.of("month", "headcount_start", "headcount_end", "exits", "voluntary_exits", "annualised_percent",
                        "rolling_12_months_percent"),
                () -> trend.stream().map(m -> List.of(m.month().toString(), Integer.toString(m.headcountStart()),
                        Integer.toString(m.headcountEnd()), Integer.toString(m.exits()),
                        Integer.toString(m.voluntaryExits()), Csv.number(m.annualisedPercent(), 2),
                        Csv.number(m.rolling12Percent(), 2))).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attrition.home.title") + " | " + getTranslation("app.name");
    }
}
