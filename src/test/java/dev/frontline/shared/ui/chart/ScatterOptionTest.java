package dev.frontline.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScatterOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void describesTwoValueAxesNamedPointsAndALineThroughSomeOfThem() {
        ScatterOption scatter = new ScatterOption("AHT (s)", "QA")
                .points("Agents", List.of(new ScatterOption.Point(300, 84.5, "Ayşe Yılmaz")), "#1f77b4", null, 10)
                .points("Flagged", List.of(new ScatterOption.Point(212, 71, "Jan Nowak")), "#c62828", "triangle", 14)
                .line("Frontier", List.of(new ScatterOption.Point(212, 71, "Jan Nowak"),
                        new ScatterOption.Point(300, 84.5, "Ayşe Yılmaz")), "#555", true);

        JsonNode expected = JSON.readTree("""
                {"tooltip": {"trigger": "item"},
                 "legend": {"type": "scroll", "top": 0},
                 "grid": {"left": 56, "right": 32, "top": 64, "bottom": 48},
                 "xAxis": {"type": "value", "name": "AHT (s)", "scale": true, "nameLocation": "middle", "nameGap": 28},
                 "yAxis": {"type": "value", "name": "QA", "scale": true},
                 "series": [
                   {"name": "Agents", "type": "scatter", "color": "#1f77b4", "symbolSize": 10,
                    "data": [{"name": "Ayşe Yılmaz", "value": [300.0, 84.5]}]},
                   {"name": "Flagged", "type": "scatter", "color": "#c62828", "symbol": "triangle", "symbolSize": 14,
                    "data": [{"name": "Jan Nowak", "value": [212.0, 71.0]}]},
                   {"name": "Frontier", "type": "line", "color": "#555", "showSymbol": true, "symbolSize": 4,
                    "lineStyle": {"type": "dashed"},
                    "data": [{"name": "Jan Nowak", "value": [212.0, 71.0]}, {"name": "Ayşe Yılmaz", "value": [300.0, 84.5]}]}]}
                """);
        assertThat(scatter.toJson()).isEqualTo(expected);
    }
}
