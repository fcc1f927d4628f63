package dev.frontline.attrition.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.attrition.AttritionService;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.LeaverForecast;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/** Leavers expected per month for the next 18 months, with intervals, for the centre and per site or team. */
@Route("attrition/forecast")
@RolesAllowed({Roles.HR, Roles.PLANNER})
public class LeaverForecastView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS = AttritionService.MAX_FORECAST_MONTHS;

    private final AttritionService attrition;
    private final Select<Dimension> by = new Select<>();
    private final Chart chart = new Chart();
    private final Paragraph summary = new Paragraph();
    private final Grid<Row> grid = new Grid<>();
    private List<Row> rows = List.of();

    /** One month of one group ("" is the whole centre). */
    record Row(String group, LeaverForecast.Month month) {
    }

    public LeaverForecastView(AttritionService attrition) {
        this.attrition = attrition;
        setId("attrition-forecast");
        by.setId("forecast-by");
        by.setLabel(getTranslation("attrition.survival.by"));
        by.setItems(Dimension.SITE, Dimension.TEAM, Dimension.WORK_LOCATION, Dimension.CONTRACT);
        by.setItemLabelGenerator(d -> getTranslation("attrition.by." + d.parameter()));
        by.setValue(Dimension.SITE);
        by.addValueChangeListener(e -> show(e.getValue()));
        chart.setId("forecast-chart");
        summary.setId("forecast-summary");
        grid.setId("forecast-grid");
        grid.addColumn(Row::group).setHeader(getTranslation("attrition.col.group"));
        grid.addColumn(r -> r.month().month().toString()).setHeader(getTranslation("attrition.col.month"));
        grid.addColumn(r -> Formats.decimal(r.month().expected(), 2)).setHeader(getTranslation("attrition.col.expected"));
        grid.addColumn(r -> r.month().lower() + " – " + r.month().upper()).setHeader(getTranslation("attrition.col.interval"));
        grid.setHeight("360px");
        add(new RouterLink(getTranslation("attrition.back"), AttritionHomeView.class),
                new H2(getTranslation("attrition.forecast.title")),
                new Paragraph(getTranslation("attrition.forecast.explain")), by, summary, chart, grid,
                CsvExport.link("forecast-csv", getTranslation("attrition.csv"), "leaver-forecast.csv",
                        List.of("group", "month", "expected_leavers", "lower_95", "upper_95"),
                        () -> rows.stream().map(r -> List.of(r.group(), r.month().month().toString(),
                                Csv.number(r.month().expected(), 3), Integer.toString(r.month().lower()),
                                Integer.toString(r.month().upper()))).toList()));
        show(Dimension.SITE);
    }

    private void show(Dimension dimension) {
        LeaverForecast forecast = attrition.forecast(dimension, MONTHS);
        ChartOption option = new ChartOption().categories(forecast.total().stream().map(m -> m.month().toString()).toList());
        int axis = option.addValueAxis(getTranslation("attrition.axis.leavers"));
        option.band(getTranslation("attrition.band"), forecast.total().stream().map(m -> (double) m.lower()).toList(),
                forecast.total().stream().map(m -> (double) m.upper()).toList(), axis, null, 0.15);
        option.series(getTranslation("attrition.forecast.centre"), ChartOption.SeriesType.LINE,
                forecast.total().stream().map(LeaverForecast.Month::expected).toList(), axis);
        forecast.byGroup().forEach((group, months) -> option.series(group, ChartOption.SeriesType.BAR,
                months.stream().map(LeaverForecast.Month::expected).toList(), axis, "groups"));
        chart.setOption(option);
        List<Row> table = new ArrayList<>();
        String centre = getTranslation("attrition.forecast.centre");
        forecast.total().forEach(m -> table.add(new Row(centre, m)));
        forecast.byGroup().forEach((group, months) -> months.forEach(m -> table.add(new Row(group, m))));
        rows = List.copyOf(table);
        grid.setItems(rows);
        summary.setText(getTranslation("attrition.forecast.summary", forecast.activeAtStart(),
                Formats.decimal(forecast.horizon().expected(), 1), forecast.horizon().lower(), forecast.horizon().upper(),
                MONTHS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attrition.forecast.title") + " | " + getTranslation("app.name");
    }
}
