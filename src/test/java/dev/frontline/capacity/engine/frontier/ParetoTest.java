package dev.frontline.capacity.engine.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParetoTest {

    private static FrontierPoint point(int id, double sl, double qa, double cost) {
        return new FrontierPoint(new FrontierLevers(id, 0, 0, null, 85), false, false, sl, 20, 0,
                new LeverModel.Prediction(qa, 0.5), LeverModel.Prediction.UNKNOWN, 0, 0, cost, 0, List.of());
    }

    @Test
    void keepsOnlyThePointsNoOtherBeats() {
        List<FrontierPoint> points = List.of(
                point(1, 0.80, 84, 100),   // efficient: cheapest
                point(2, 0.85, 84, 150),   // efficient: faster than 1
                point(3, 0.85, 86, 200),   // efficient: best quality
                point(4, 0.84, 84, 160),   // beaten by 2: slower and dearer at the same quality
                point(5, 0.85, 86, 250),   // beaten by 3: same speed and quality, dearer
                point(6, 0.80, 84, 100));  // a tie with 1: neither beats the other

        List<FrontierPoint> marked = Pareto.mark(points);

        assertThat(marked).extracting(p -> p.levers().classroomWeeks() + ":" + p.efficient())
                .containsExactly("1:true", "2:true", "3:true", "4:false", "5:false", "6:true");
    }

    @Test
    void anUnknownQualityNeitherHelpsNorHurts() {
        FrontierPoint a = point(1, 0.8, 84, 100);
        FrontierPoint b = new FrontierPoint(new FrontierLevers(2, 0, 0, null, 85), false, false, 0.8, 20, 0,
                LeverModel.Prediction.UNKNOWN, LeverModel.Prediction.UNKNOWN, 0, 0, 90, 0, List.of());
        FrontierPoint c = new FrontierPoint(new FrontierLevers(3, 0, 0, null, 85), false, false, 0.8, 20, 0,
                LeverModel.Prediction.UNKNOWN, LeverModel.Prediction.UNKNOWN, 0, 0, 100, 0, List.of());

        assertThat(Pareto.dominates(b, c)).isTrue();
        assertThat(Pareto.dominates(a, b)).isFalse();
    }
}
