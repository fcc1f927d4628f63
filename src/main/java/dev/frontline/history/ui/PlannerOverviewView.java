package dev.frontline.history.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.history.DailyVolume;
import dev.frontline.history.VolumeOverviewService;
import dev.frontline.history.VolumeOverviewService.RecentVolume;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/** The planner's start page: offered contacts per queue and day over the last weeks, and last week in figures. */
@Route("planner")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.planner-overview", order = 1, icon = "vaadin:chart-line")
public class PlannerOverviewView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 8;

    public PlannerOverviewView(VolumeOverviewService volumes) {
        setId("planner-overview");
        add(new H2(getTranslation("planner.overview.title")));
        RecentVolume recent = volumes.recentWeeks(WEEKS);
        if (recent.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("planner.overview.no-history"));
            empty.setId("planner-no-history");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("planner.overview.subtitle", Formats.date(recent.from()),
                Formats.date(recent.to().minusDays(1)))));
        add(volumeChart(recent), new H2(getTranslation("planner.overview.last-week")), lastWeekGrid(recent));
    }

    private Chart volumeChart(RecentVolume recent) {
        List<LocalDate> days = recent.from().datesUntil(recent.to()).toList();
        Map<String, Map<LocalDate, DailyVolume>> byQueue = recent.days().stream()
                .collect(Collectors.groupingBy(DailyVolume::queueName, LinkedHashMap::new,
                        Collectors.toMap(DailyVolume::day, d -> d)));
        ChartOption option = new ChartOption()
                .categories(days.stream().map(Formats::shortDate).toList())
                .withZoom();
        int axis = option.addValueAxis(getTranslation("planner.overview.axis.offered"));
        byQueue.forEach((queue, perDay) -> option.series(queue, ChartOption.SeriesType.LINE,
                days.stream().map(day -> perDay.containsKey(day) ? (double) perDay.get(day).offered() : null).toList(),
                axis));
        Chart chart = new Chart();
        chart.setId("planner-volume-chart");
        chart.setOption(option);
        chart.addClickListener(click -> Notification.show(getTranslation("planner.overview.explain",
                click.series(), click.category(), Formats.integer(Math.round(click.value()))), 8000,
                Notification.Position.BOTTOM_START));
        return chart;
    }

    private Grid<WeekRow> lastWeekGrid(RecentVolume recent) {
        LocalDate lastWeekStart = recent.to().minusWeeks(1);
        LocalDate previousWeekStart = lastWeekStart.minusWeeks(1);
        Map<String, List<DailyVolume>> byQueue = recent.days().stream()
                .collect(Collectors.groupingBy(DailyVolume::queueName, LinkedHashMap::new, Collectors.toList()));
        List<WeekRow> rows = new ArrayList<>();
        byQueue.forEach((queue, daysOfQueue) -> {
            List<DailyVolume> lastWeek = daysOfQueue.stream().filter(d -> !d.day().isBefore(lastWeekStart)).toList();
            long previousOffered = daysOfQueue.stream()
                    .filter(d -> !d.day().isBefore(previousWeekStart) && d.day().isBefore(lastWeekStart))
                    .mapToLong(DailyVolume::offered).sum();
            rows.add(WeekRow.of(queue, lastWeek, previousOffered));
        });
        rows.sort(Comparator.comparing(WeekRow::queue));

        Grid<WeekRow> grid = new Grid<>();
        grid.setId("planner-last-week-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(WeekRow::queue).setHeader(getTranslation("planner.overview.col.queue")).setAutoWidth(true);
        grid.addColumn(r -> Formats.integer(r.offered())).setHeader(getTranslation("planner.overview.col.offered"));
        grid.addColumn(r -> r.changePercent() == null ? "–" : Formats.percent(r.changePercent(), 1))
                .setHeader(getTranslation("planner.overview.col.change"));
        grid.addColumn(r -> Formats.percent(r.abandonedPercent(), 1))
                .setHeader(getTranslation("planner.overview.col.abandoned"));
        grid.addColumn(r -> r.ahtSeconds() == null ? "–" : Formats.decimal(r.ahtSeconds(), 0))
                .setHeader(getTranslation("planner.overview.col.aht"));
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planner.overview.title") + " | " + getTranslation("app.name");
    }

    record WeekRow(String queue, long offered, Double changePercent, double abandonedPercent, Double ahtSeconds) {

        static WeekRow of(String queue, List<DailyVolume> days, long previousWeekOffered) {
            long offered = days.stream().mapToLong(DailyVolume::offered).sum();
            long abandoned = days.stream().mapToLong(DailyVolume::abandoned).sum();
            long handled = days.stream().mapToLong(DailyVolume::handled).sum();
            double handleSeconds = days.stream().filter(d -> d.ahtSeconds() != null)
                    .mapToDouble(d -> d.ahtSeconds() * d.handled()).sum();
            Double change = previousWeekOffered == 0 ? null : 100.0 * (offered - previousWeekOffered) / previousWeekOffered;
            return new WeekRow(queue, offered, change, offered == 0 ? 0 : 100.0 * abandoned / offered,
                    handled == 0 ? null : handleSeconds / handled);
        }
    }
}
