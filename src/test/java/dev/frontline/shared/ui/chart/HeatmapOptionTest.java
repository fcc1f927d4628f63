package dev.frontline.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HeatmapOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void describesCategoryAxesAColourScaleAndNamedCells() {
        HeatmapOption heatmap = new HeatmapOption(List.of("08:00", "08:15"), List.of("2024-01-01", "2024-01-02"))
                .seriesName("gap BILLING")
                .cell(1, 0, -1.5, "2024-01-01 08:15")
                .valueRange(-2, 2)
                .colours("#c62828", "#f7f7f7", "#1565c0");

        JsonNode expected = JSON.readTree("""
                {"tooltip": {"position": "top"},
                 "grid": {"left": 90, "right": 20, "top": 10, "bottom": 70},
                 "xAxis": {"type": "category", "data": ["08:00", "08:15"]},
                 "yAxis": {"type": "category", "data": ["2024-01-01", "2024-01-02"]},
                 "visualMap": {"min": -2.0, "max": 2.0, "calculable": true, "orient": "horizontal", "left": "center",
                               "bottom": 0, "inRange": {"color": ["#c62828", "#f7f7f7", "#1565c0"]}},
                 "series": [{"name": "gap BILLING", "type": "heatmap",
                             "data": [{"name": "2024-01-01 08:15", "value": [1, 0, -1.5]}]}]}
                """);
        assertThat(heatmap.toJson()).isEqualTo(expected);
    }

    @Test
    void refusesCellsOutsideTheGridAndEmptyRanges() {
        HeatmapOption heatmap = new HeatmapOption(List.of("a"), List.of("b"));
        assertThatThrownBy(() -> heatmap.cell(1, 0, 0, "x")).hasMessageContaining("outside the 1 × 1 grid");
        assertThatThrownBy(() -> heatmap.valueRange(1, 1)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> heatmap.colours("#fff")).hasMessageContaining("two colours");
    }
}
