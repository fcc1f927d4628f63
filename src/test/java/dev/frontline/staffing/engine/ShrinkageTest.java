package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShrinkageTest {

    @Test
    void addsPlannedAndUnplannedShares() {
        Map<String, Double> planned = new LinkedHashMap<>();
        planned.put("breaks", 0.08);
        planned.put("lunch", 0.06);
        planned.put("training", 0.04);
        planned.put("meetings", 0.02);
        planned.put("coaching", 0.02);
        Shrinkage s = new Shrinkage(planned, 0.08);
        assertThat(s.total()).isCloseTo(0.30, within(1e-12));
        assertThat(s.schedule(68).exact()).isCloseTo(68 / 0.7, within(1e-9));
    }

    @Test
    void roundsScheduledStaffToTheNearestHalfLikeTheReference() {
        assertThat(Shrinkage.ofTotalPercent(30).schedule(68).roundedToHalf()).isEqualTo(97);
        assertThat(Shrinkage.ofTotalPercent(30).schedule(60).roundedToHalf()).isEqualTo(85.5);
        assertThat(Shrinkage.ofTotalPercent(25).schedule(68).roundedToHalf()).isEqualTo(90.5);
        assertThat(Shrinkage.ofTotalPercent(29).schedule(68).roundedToHalf()).isEqualTo(96);
        assertThat(Shrinkage.NONE.schedule(64).roundedToHalf()).isEqualTo(64);
    }

    @Test
    void convertsIntervalRequirementsToFte() {
        // 10 agents for eight 1-hour intervals at 20 % shrinkage: 12.5 heads × 8 h = 100 h = 2.5 FTE of 40 h.
        double[] required = {10, 10, 10, 10, 10, 10, 10, 10};
        assertThat(Shrinkage.ofTotalPercent(20).fte(required, 60, 40)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void rejectsImpossibleShrinkage() {
        assertThatThrownBy(() -> new Shrinkage(Map.of("training", 0.6), 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shrinkage: total 110 % leaves no time for contacts; it must be below 100 %");
        assertThatThrownBy(() -> new Shrinkage(Map.of("breaks", -0.1), 0)).hasMessage("shrinkage 'breaks': -10 % must be at least 0 %");
        assertThatThrownBy(() -> Shrinkage.ofTotalPercent(130)).hasMessage("unplanned shrinkage: 130 % is above 100 %");
    }
}
