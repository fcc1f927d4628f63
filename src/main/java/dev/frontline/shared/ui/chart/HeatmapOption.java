package dev.frontline.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option of a heatmap over two category axes (e.g. time of day × day) with a colour scale below
 * it, so views describe cells rather than write JSON. Each cell carries a name, which comes back as the
 * {@link Chart.ClickEvent#category()} of a click so a view can explain that cell.
 */
public final class HeatmapOption {

    private record Cell(int x, int y, double value, String name) {
    }

    private final List<String> xLabels;
    private final List<String> yLabels;
    private final List<Cell> cells = new ArrayList<>();
    private String seriesName = "";
    private double min;
    private double max = 1;
    private List<String> colours = List.of("#313695", "#ffffbf", "#a50026");

    /** A heatmap with the given column labels (x axis, left to right) and row labels (y axis, bottom to top). */
    public HeatmapOption(List<String> xLabels, List<String> yLabels) {
        this.xLabels = List.copyOf(xLabels);
        this.yLabels = List.copyOf(yLabels);
    }

    /** The series name, shown in the tooltip. */
    public HeatmapOption seriesName(String name) {
        seriesName = name;
        return this;
    }

    /** One cell at column {@code x} and row {@code y}; {@code name} is what a click on it reports. */
    public HeatmapOption cell(int x, int y, double value, String name) {
        if (x < 0 || x >= xLabels.size() || y < 0 || y >= yLabels.size()) {
            throw new IllegalArgumentException("Cell '" + name + "' at (" + x + ", " + y + ") is outside the "
                    + xLabels.size() + " × " + yLabels.size() + " grid");
        }
        cells.add(new Cell(x, y, value, name));
        return this;
    }

    /** The values the colour scale spans, from its first colour at {@code min} to its last at {@code max}. */
    public HeatmapOption valueRange(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("Heatmap range " + min + " .. " + max + " is empty");
        }
        this.min = min;
        this.max = max;
        return this;
    }

    /** The colour scale as CSS colours from the lowest value to the highest, e.g. red – white – blue for gaps. */
    public HeatmapOption colours(String... scale) {
        if (scale.length < 2) {
            throw new IllegalArgumentException("A colour scale needs at least two colours");
        }
        colours = List.of(scale);
        return this;
    }

    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode option = json.objectNode();
        option.set("tooltip", json.objectNode().put("position", "top"));
        // room on the left for day labels and below for the colour scale
        option.set("grid", json.objectNode().put("left", 90).put("right", 20).put("top", 10).put("bottom", 70));
        option.set("xAxis", categoryAxis(xLabels));
        option.set("yAxis", categoryAxis(yLabels));
        ObjectNode visualMap = json.objectNode().put("min", min).put("max", max).put("calculable", true)
                .put("orient", "horizontal").put("left", "center").put("bottom", 0);
        visualMap.set("inRange", json.objectNode().set("color", strings(colours)));
        option.set("visualMap", visualMap);

        ArrayNode data = json.arrayNode();
        for (Cell c : cells) {
            ObjectNode item = json.objectNode().put("name", c.name());
            item.set("value", json.arrayNode().add(c.x()).add(c.y()).add(c.value()));
            data.add(item);
        }
        ObjectNode series = json.objectNode().put("name", seriesName).put("type", "heatmap");
        series.set("data", data);
        option.set("series", json.arrayNode().add(series));
        return option;
    }

    private static ObjectNode categoryAxis(List<String> labels) {
        ObjectNode axis = JsonNodeFactory.instance.objectNode().put("type", "category");
        axis.set("data", strings(labels));
        return axis;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
