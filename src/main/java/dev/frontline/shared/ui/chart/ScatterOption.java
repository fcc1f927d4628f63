package dev.frontline.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option of a scatter over two value axes (e.g. handle time against a quality score), with
 * optional lines through points (e.g. a frontier) drawn on the same axes. Each point carries a name, which the tooltip
 * shows and a click reports as {@link Chart.ClickEvent#category()}, so a view can explain that point.
 */
public final class ScatterOption {

    /** One point: where it lies and what it is called (the tooltip and a click name it). */
    public record Point(double x, double y, String name) {
    }

    /**
     * @param symbol ECharts symbol ("circle", "triangle", "diamond", "rect"...), null for the default circle
     * @param size   symbol size in pixels, null for the default
     */
    private record Series(String name, boolean line, List<Point> points, String color, String symbol, Integer size,
            boolean dashed) {
    }

    private final String xName;
    private final String yName;
    private final List<Series> series = new ArrayList<>();

    public ScatterOption(String xAxisName, String yAxisName) {
        this.xName = xAxisName;
        this.yName = yAxisName;
    }

    /** Points drawn as symbols; null colour, symbol or size keep the ECharts default. */
    public ScatterOption points(String name, List<Point> points, String color, String symbol, Integer size) {
        series.add(new Series(name, false, List.copyOf(points), color, symbol, size, false));
        return this;
    }

    /** A line through the points in the given order, with a small symbol on each (e.g. a frontier). */
    public ScatterOption line(String name, List<Point> points, String color, boolean dashed) {
        series.add(new Series(name, true, List.copyOf(points), color, null, null, dashed));
        return this;
    }

    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode option = json.objectNode();
        option.set("tooltip", json.objectNode().put("trigger", "item"));
        option.set("legend", json.objectNode().put("type", "scroll").put("top", 0));
        option.set("grid", json.objectNode().put("left", 56).put("right", 32).put("top", 64).put("bottom", 48));
        option.set("xAxis", valueAxis(xName).put("nameLocation", "middle").put("nameGap", 28));
        option.set("yAxis", valueAxis(yName));
        ArrayNode seriesJson = json.arrayNode();
        for (Series s : series) {
            ObjectNode item = json.objectNode().put("name", s.name()).put("type", s.line() ? "line" : "scatter");
            if (s.color() != null) {
                item.put("color", s.color());
            }
            if (s.symbol() != null) {
                item.put("symbol", s.symbol());
            }
            if (s.size() != null) {
                item.put("symbolSize", s.size());
            }
            if (s.line()) {
                item.put("showSymbol", true);
                item.put("symbolSize", 4);
                if (s.dashed()) {
                    item.set("lineStyle", json.objectNode().put("type", "dashed"));
                }
            }
            ArrayNode data = json.arrayNode();
            for (Point p : s.points()) {
                ObjectNode point = json.objectNode().put("name", p.name());
                point.set("value", json.arrayNode().add(p.x()).add(p.y()));
                data.add(point);
            }
            item.set("data", data);
            seriesJson.add(item);
        }
        option.set("series", seriesJson);
        return option;
    }

    private static ObjectNode valueAxis(String name) {
        // scale: the axis starts near the data, not at zero, so a team's spread is visible
        return JsonNodeFactory.instance.objectNode().put("type", "value").put("name", name).put("scale", true);
    }
}
