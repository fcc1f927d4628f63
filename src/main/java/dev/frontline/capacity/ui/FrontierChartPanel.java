package dev.frontline.capacity.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;

import dev.frontline.capacity.engine.frontier.FrontierPoint;
import dev.frontline.capacity.engine.frontier.SpeedQualityFrontier;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ScatterOption;

/**
 * The frontier as speed (expected service level) against quality (expected QA, or the cost where QA cannot be
 * predicted): the efficient settings joined by a line, the current plan marked, the settings beaten by another in
 * grey. A click on a point explains it.
 */
class FrontierChartPanel extends Div {

    private final Chart chart = new Chart();
    private List<FrontierPoint> shown = List.of();

    FrontierChartPanel(Consumer<FrontierPoint> pick) {
        setWidthFull();
        chart.setId("frontier-chart");
        chart.setHeight("420px");
        chart.addClickListener(e -> {
            int i = index(e.category());
            if (i >= 0 && i < shown.size()) {
                pick.accept(shown.get(i));
            }
        });
        add(chart);
    }

    void show(SpeedQualityFrontier.Result result) {
        shown = result.points();
        boolean qaKnown = result.current().qa().known();
        List<ScatterOption.Point> efficient = new ArrayList<>();
        List<ScatterOption.Point> beaten = new ArrayList<>();
        List<ScatterOption.Point> current = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            FrontierPoint p = shown.get(i);
            ScatterOption.Point xy = new ScatterOption.Point(round(100 * p.serviceLevel()),
                    round(qaKnown ? p.qa().value() : p.costFteWeeks()), label(i));
            (p.current() ? current : p.efficient() ? efficient : beaten).add(xy);
        }
        List<ScatterOption.Point> line = new ArrayList<>(efficient);
        line.sort((a, b) -> Double.compare(a.x(), b.x()));
        ScatterOption option = new ScatterOption(getTranslation("capacity.frontier.axis.speed"),
                getTranslation(qaKnown ? "capacity.frontier.axis.qa" : "capacity.frontier.axis.cost"))
                .points(getTranslation("capacity.frontier.series.beaten"), beaten, "#b0b0b0", "circle", 6)
                .points(getTranslation("capacity.frontier.series.efficient"), efficient, "#1f77b4", "circle", 11)
                .line(getTranslation("capacity.frontier.series.frontier"), line, "#1f77b4", true)
                .points(getTranslation("capacity.frontier.series.current"), current, "#c62828", "diamond", 18);
        chart.setOption(option);
    }

    /** A point's name on the chart: its place in the grid, which a click reports back. */
    private String label(int i) {
        return getTranslation("capacity.frontier.point", i + 1);
    }

    private int index(String category) {
        for (int i = 0; i < shown.size(); i++) {
            if (label(i).equals(category)) {
                return i;
            }
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
