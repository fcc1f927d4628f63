package dev.frontline.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

/**
 * Builds the ECharts option of a category chart (lines and bars over a shared x axis, one or two value axes),
 * the shape every Frontline time-series view needs, without views writing JSON by hand.
 */
public final class ChartOption {

    public enum SeriesType { LINE, BAR }

    private record Series(String name, SeriesType type, List<Double> values, int yAxis, String stack) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<String> yAxisNames = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private boolean zoom;

    public ChartOption categories(List<String> labels) {
        categories.clear();
        categories.addAll(labels);
        return this;
    }

    /** Adds a value axis (the first is on the left, the second on the right) and returns its index. */
    public int addValueAxis(String name) {
        yAxisNames.add(name);
        return yAxisNames.size() - 1;
    }

    public ChartOption series(String name, SeriesType type, List<Double> values, int yAxis) {
        return series(name, type, values, yAxis, null);
    }

    public ChartOption series(String name, SeriesType type, List<Double> values, int yAxis, String stack) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("Series '" + name + "' has " + values.size() + " values for "
                    + categories.size() + " categories");
        }
        series.add(new Series(name, type, List.copyOf(values), yAxis, stack));
        return this;
    }

    public ChartOption withZoom() {
        zoom = true;
        return this;
    }

    public JsonObject toJson() {
        JsonObject option = Json.createObject();
        JsonObject tooltip = Json.createObject();
        tooltip.put("trigger", "axis");
        option.put("tooltip", tooltip);
        JsonObject legend = Json.createObject();
        legend.put("type", "scroll");
        legend.put("top", 0);
        option.put("legend", legend);
        JsonObject grid = Json.createObject();
        grid.put("left", 56);
        grid.put("right", yAxisNames.size() > 1 ? 56 : 24);
        grid.put("top", 40);
        grid.put("bottom", zoom ? 64 : 32);
        option.put("grid", grid);

        JsonObject xAxis = Json.createObject();
        xAxis.put("type", "category");
        xAxis.put("data", strings(categories));
        option.put("xAxis", xAxis);

        JsonArray yAxes = Json.createArray();
        for (int i = 0; i < Math.max(1, yAxisNames.size()); i++) {
            JsonObject axis = Json.createObject();
            axis.put("type", "value");
            axis.put("name", i < yAxisNames.size() ? yAxisNames.get(i) : "");
            axis.put("position", i == 0 ? "left" : "right");
            yAxes.set(i, axis);
        }
        option.put("yAxis", yAxes);

        JsonArray seriesJson = Json.createArray();
        for (Series s : series) {
            JsonObject json = Json.createObject();
            json.put("name", s.name());
            json.put("type", s.type() == SeriesType.LINE ? "line" : "bar");
            json.put("yAxisIndex", s.yAxis());
            if (s.stack() != null) {
                json.put("stack", s.stack());
            }
            if (s.type() == SeriesType.LINE) {
                json.put("showSymbol", false);
            }
            JsonArray data = Json.createArray();
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null || v.isNaN() || v.isInfinite()) {
                    data.set(i, Json.createNull());
                } else {
                    data.set(i, v);
                }
            }
            json.put("data", data);
            seriesJson.set(seriesJson.length(), json);
        }
        option.put("series", seriesJson);

        if (zoom) {
            JsonArray dataZoom = Json.createArray();
            JsonObject slider = Json.createObject();
            slider.put("type", "slider");
            dataZoom.set(0, slider);
            JsonObject inside = Json.createObject();
            inside.put("type", "inside");
            dataZoom.set(1, inside);
            option.put("dataZoom", dataZoom);
        }
        return option;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < values.size(); i++) {
            array.set(i, values.get(i));
        }
        return array;
    }
}
