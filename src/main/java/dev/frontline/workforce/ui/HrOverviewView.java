package dev.frontline.workforce.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.Kpi;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;
import dev.frontline.workforce.HeadcountRow;
import dev.frontline.workforce.Turnover;
import dev.frontline.workforce.WorkforceService;

/** HR's start page: active headcount by team and site, and turnover over the last twelve months. */
@Route("hr")
@RolesAllowed(Roles.HR)
@Menu(title = "nav.hr-overview", order = 1, icon = "vaadin:users")
public class HrOverviewView extends VerticalLayout implements HasDynamicTitle {

    public HrOverviewView(WorkforceService workforce) {
        setId("hr-overview");
        List<HeadcountRow> headcount = workforce.activeHeadcount();
        Turnover turnover = workforce.turnoverLast12Months();
        int total = headcount.stream().mapToInt(HeadcountRow::headcount).sum();

        FlexLayout kpis = new FlexLayout(
                new Kpi("hr-kpi-headcount", getTranslation("hr.kpi.headcount"), Formats.integer(total),
                        getTranslation("hr.kpi.headcount.explain")),
                new Kpi("hr-kpi-exits", getTranslation("hr.kpi.exits"), Formats.integer(turnover.exits()),
                        getTranslation("hr.kpi.exits.explain", Formats.integer(turnover.voluntaryExits()))),
                new Kpi("hr-kpi-turnover", getTranslation("hr.kpi.turnover"),
                        Formats.percent(turnover.annualisedRatePercent(), 1),
                        getTranslation("hr.kpi.turnover.explain", Formats.integer(turnover.exits()),
                                Formats.decimal(turnover.averageHeadcount(), 1))));
        kpis.getStyle().set("gap", "var(--lumo-space-m)");
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        add(new H2(getTranslation("hr.overview.title")), kpis, headcountChart(headcount), headcountGrid(headcount));
    }

    private Chart headcountChart(List<HeadcountRow> rows) {
        List<String> teams = new TreeSet<>(rows.stream().map(HeadcountRow::teamName).toList()).stream().toList();
        Map<String, Map<String, Integer>> bySite = new TreeMap<>();
        rows.forEach(r -> bySite.computeIfAbsent(r.siteName(), s -> new TreeMap<>()).put(r.teamName(), r.headcount()));
        ChartOption option = new ChartOption().categories(teams);
        int axis = option.addValueAxis(getTranslation("hr.chart.axis.agents"));
        bySite.forEach((site, perTeam) -> option.series(site, ChartOption.SeriesType.BAR,
                teams.stream().map(team -> (double) perTeam.getOrDefault(team, 0)).toList(), axis, "site"));
        Chart chart = new Chart();
        chart.setId("hr-headcount-chart");
        chart.setOption(option);
        return chart;
    }

    private Grid<HeadcountRow> headcountGrid(List<HeadcountRow> rows) {
        Grid<HeadcountRow> grid = new Grid<>();
        grid.setId("hr-headcount-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(HeadcountRow::siteName).setHeader(getTranslation("hr.col.site")).setSortable(true);
        grid.addColumn(HeadcountRow::teamName).setHeader(getTranslation("hr.col.team")).setSortable(true);
        grid.addColumn(HeadcountRow::headcount).setHeader(getTranslation("hr.col.headcount")).setSortable(true);
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hr.overview.title") + " | " + getTranslation("app.name");
    }
}
