package dev.frontline.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the ECharts option of a category chart (lines and bars over a shared x axis, one or two value axes),
 * the shape every Frontline time-series view needs, without views writing JSON by hand. Optional extras: shaded
 * bands between a lower and an upper line (prediction intervals), line styles, vertical markers at a category and
 * an initial zoom window.
 */
public final class ChartOption {

    public enum SeriesType { LINE, BAR }

    /**
     * How a series is drawn; null fields keep the ECharts default.
     *
     * @param color  a CSS colour, e.g. "#1f77b4"
     * @param dashed a dashed line (lines only)
     * @param width  line width in pixels
     */
    public record SeriesStyle(String color, boolean dashed, Double width) {
        public static final SeriesStyle DEFAULT = new SeriesStyle(null, false, null);

        public static SeriesStyle color(String color) {
            return new SeriesStyle(color, false, null);
        }

        public SeriesStyle withDashed() {
            return new SeriesStyle(color, true, width);
        }
    }

    /** Which part of a band a series draws: the invisible base at the lower bound, or the shaded width above it. */
    private enum BandPart { LOWER, WIDTH }

    private record Series(String name, SeriesType type, List<Double> values, int yAxis, String stack, SeriesStyle style,
                          BandPart bandPart, Double areaOpacity) {
    }

    private record Marker(String category, String label) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<String> yAxisNames = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private boolean zoom;
    private Integer zoomStart;
    private Integer zoomEnd;

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
        return series(name, type, values, yAxis, stack, SeriesStyle.DEFAULT);
    }

    public ChartOption series(String name, SeriesType type, List<Double> values, int yAxis, String stack, SeriesStyle style) {
        checkSize(name, values);
        series.add(new Series(name, type, copy(values), yAxis, stack, style == null ? SeriesStyle.DEFAULT : style, null, null));
        return this;
    }

    /**
     * A shaded band between two lines, e.g. a prediction interval. Drawn as two stacked series with one legend
     * entry; the tooltip shows "lower – upper". A null in either list leaves a gap.
     */
    public ChartOption band(String name, List<Double> lower, List<Double> upper, int yAxis, String color, double opacity) {
        checkSize(name, lower);
        checkSize(name, upper);
        List<Double> width = new ArrayList<>();
        for (int i = 0; i < lower.size(); i++) {
            Double lo = lower.get(i);
            Double hi = upper.get(i);
            width.add(lo == null || hi == null ? null : Math.max(0, hi - lo));
        }
        String stack = "fl-band-" + series.size();
        SeriesStyle style = SeriesStyle.color(color);
        series.add(new Series(name, SeriesType.LINE, copy(lower), yAxis, stack, style, BandPart.LOWER, null));
        series.add(new Series(name, SeriesType.LINE, width, yAxis, stack, style, BandPart.WIDTH, opacity));
        return this;
    }

    /** A vertical marker line at a category, e.g. where the forecast starts. */
    public ChartOption marker(String category, String label) {
        markers.add(new Marker(category, label));
        return this;
    }

    public ChartOption withZoom() {
        zoom = true;
        return this;
    }

    /** Zoom controls, opened on the categories from {@code startIndex} to {@code endIndex} (inclusive). */
    public ChartOption withZoom(int startIndex, int endIndex) {
        zoom = true;
        zoomStart = Math.max(0, startIndex);
        zoomEnd = Math.max(zoomStart, endIndex);
        return this;
    }

    private void checkSize(String name, List<Double> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("Series '" + name + "' has " + values.size() + " values for "
                    + categories.size() + " categories");
        }
    }

    private static List<Double> copy(List<Double> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    public ObjectNode toJson() {
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        ObjectNode tooltip = JsonNodeFactory.instance.objectNode();
        tooltip.put("trigger", "axis");
        option.set("tooltip", tooltip);
        ObjectNode legend = JsonNodeFactory.instance.objectNode();
        legend.put("type", "scroll");
        legend.put("top", 0);
        option.set("legend", legend);
        ObjectNode grid = JsonNodeFactory.instance.objectNode();
        grid.put("left", 56);
        grid.put("right", yAxisNames.size() > 1 ? 56 : 24);
        // room for the legend row above the value-axis names, so the two never overlap
        grid.put("top", 64);
        grid.put("bottom", zoom ? 64 : 32);
        option.set("grid", grid);

        ObjectNode xAxis = JsonNodeFactory.instance.objectNode();
        xAxis.put("type", "category");
        xAxis.set("data", strings(categories));
        option.set("xAxis", xAxis);

        ArrayNode yAxes = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Math.max(1, yAxisNames.size()); i++) {
            ObjectNode axis = JsonNodeFactory.instance.objectNode();
            axis.put("type", "value");
            axis.put("name", i < yAxisNames.size() ? yAxisNames.get(i) : "");
            axis.put("position", i == 0 ? "left" : "right");
            yAxes.add(axis);
        }
        option.set("yAxis", yAxes);

        ArrayNode seriesJson = JsonNodeFactory.instance.arrayNode();
        for (Series s : series) {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("name", s.name());
            json.put("type", s.type() == SeriesType.LINE ? "line" : "bar");
            json.put("yAxisIndex", s.yAxis());
            if (s.stack() != null) {
                json.put("stack", s.stack());
            }
            if (s.type() == SeriesType.LINE) {
                json.put("showSymbol", false);
            }
            style(json, s);
            if (seriesJson.isEmpty() && !markers.isEmpty()) {
                json.set("markLine", markLine());
            }
            ArrayNode data = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null || v.isNaN() || v.isInfinite()) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
            json.set("data", data);
            seriesJson.add(json);
        }
        option.set("series", seriesJson);

        if (zoom) {
            ArrayNode dataZoom = JsonNodeFactory.instance.arrayNode();
            ObjectNode slider = JsonNodeFactory.instance.objectNode();
            slider.put("type", "slider");
            dataZoom.add(slider);
            ObjectNode inside = JsonNodeFactory.instance.objectNode();
            inside.put("type", "inside");
            dataZoom.add(inside);
            if (zoomStart != null) {
                for (ObjectNode z : List.of(slider, inside)) {
                    z.put("startValue", zoomStart);
                    z.put("endValue", zoomEnd);
                }
            }
            option.set("dataZoom", dataZoom);
        }
        return option;
    }

    private static void style(ObjectNode json, Series s) {
        SeriesStyle style = s.style();
        if (style.color() != null) {
            json.put("color", style.color());
        }
        ObjectNode lineStyle = JsonNodeFactory.instance.objectNode();
        if (style.dashed()) {
            lineStyle.put("type", "dashed");
        }
        if (style.width() != null) {
            lineStyle.put("width", style.width());
        }
        if (s.bandPart() != null) {
            // the band's lines are invisible; only the area between them is drawn
            lineStyle.put("opacity", 0);
            json.put("flBand", s.bandPart() == BandPart.LOWER ? "lower" : "width");
            json.put("silent", true);
            if (s.areaOpacity() != null) {
                ObjectNode area = JsonNodeFactory.instance.objectNode();
                area.put("opacity", s.areaOpacity());
                if (style.color() != null) {
                    area.put("color", style.color());
                }
                json.set("areaStyle", area);
            }
        }
        if (!lineStyle.isEmpty()) {
            json.set("lineStyle", lineStyle);
        }
    }

    private ObjectNode markLine() {
        ObjectNode markLine = JsonNodeFactory.instance.objectNode();
        markLine.put("symbol", "none");
        markLine.put("silent", true);
        ObjectNode lineStyle = JsonNodeFactory.instance.objectNode();
        lineStyle.put("color", "#888");
        lineStyle.put("type", "solid");
        markLine.set("lineStyle", lineStyle);
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        for (Marker m : markers) {
            ObjectNode point = JsonNodeFactory.instance.objectNode();
            point.put("xAxis", m.category());
            ObjectNode label = JsonNodeFactory.instance.objectNode();
            label.put("formatter", m.label());
            label.put("position", "insideEndTop");
            point.set("label", label);
            data.add(point);
        }
        markLine.set("data", data);
        return markLine;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            array.add(values.get(i));
        }
        return array;
    }
}
