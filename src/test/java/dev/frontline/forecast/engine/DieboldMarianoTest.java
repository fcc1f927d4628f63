package dev.frontline.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DieboldMarianoTest {

    @Test
    void matchesAHandComputedStatistic() {
        // mean 3; Newey-West with 2 lags: 2 + 2·(2/3)·0.8 + 2·(1/3)·(−0.2) = 2.9333; DM = 3/√(2.9333/5) = 3.9167;
        // Harvey-Leybourne-Newbold: × √(4/5) = 3.5032; Student t with 4 degrees of freedom: p ≈ 0.0124.
        DieboldMariano.Result r = DieboldMariano.test(new double[] {1, 2, 3, 4, 5});

        assertThat(r.meanDifference()).isCloseTo(3, within(1e-12));
        assertThat(r.statistic()).isCloseTo(3.5032, within(1e-3));
        assertThat(r.pValue()).isBetween(0.010, 0.015);
        assertThat(r.n()).isEqualTo(5);
    }

    @Test
    void differentialsCentredOnZeroAreNotSignificant() {
        DieboldMariano.Result r = DieboldMariano.test(new double[] {1, -1, 2, -2, 0.5, -0.5, 1, -1});

        assertThat(r.pValue()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aConstantWinIsCertainAndAConstantLossIsNot() {
        assertThat(DieboldMariano.test(new double[] {2, 2, 2, 2}).pValue()).isZero();
        assertThat(DieboldMariano.test(new double[] {-2, -2, -2, -2}).pValue()).isEqualTo(1);
        assertThat(DieboldMariano.test(new double[] {0, 0, 0}).pValue()).isEqualTo(1);
    }

    @Test
    void needsThreeDifferentials() {
        assertThatThrownBy(() -> DieboldMariano.test(new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    }
}
