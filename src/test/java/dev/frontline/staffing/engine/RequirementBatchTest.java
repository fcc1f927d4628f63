package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequirementBatchTest {

    @Test
    void agreesWithOneByOneCalculationAndExplainsAnyCell() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 300;
        double[] contacts = new double[n];
        double[] aht = new double[n];
        for (int i = 0; i < n; i++) {
            // Rises and falls sharply so the search from the previous answer must step both up and down.
            contacts[i] = i % 7 == 0 ? 0 : Math.round(random.nextDouble() * (i % 50 < 25 ? 400 : 40));
            aht[i] = 200 + random.nextInt(3) * 30;
        }
        VoiceQueue c = VoiceQueue.erlangC(ServiceGoal.of(80, 20).withMaxOccupancyPercent(85), Shrinkage.ofTotalPercent(30));
        VoiceQueue a = VoiceQueue.erlangA(ServiceGoal.of(90, 15).withMaxAsaSeconds(10), 90, Shrinkage.NONE);
        List<RequirementBatch.QueueSeries> series = List.of(
                new RequirementBatch.QueueSeries("voice", c, 1800, contacts, aht, null),
                new RequirementBatch.QueueSeries("voice-abandon", a, 1800, contacts, aht, null));
        RequirementBatch.Result result = RequirementBatch.compute(series);
        for (int q = 0; q < 2; q++) {
            for (int i = 0; i < n; i++) {
                StaffingRequirement single = VoiceRequirementCalculator.require(series.get(q).queue(),
                        new IntervalWorkload(contacts[i], 1800, aht[i]), "");
                assertThat(result.agents()[q][i]).as("queue %d interval %d", q, i).isEqualTo(single.agents());
                assertThat(result.scheduled()[q][i]).isEqualTo(single.scheduled().roundedToHalf());
            }
        }
        StaffingRequirement cell = result.requirement(0, 1);
        assertThat(cell.label()).isEqualTo("interval 1");
        assertThat(cell.explanation().sentence()).startsWith(cell.agents() + " agents at interval 1: Erlang C");
    }

    @Test
    void namesTheQueueAndIntervalOfBadInput() {
        VoiceQueue c = VoiceQueue.erlangC(ServiceGoal.of(80, 20), null);
        List<RequirementBatch.QueueSeries> series = List.of(new RequirementBatch.QueueSeries("billing", c, 900,
                new double[] {10, -2}, new double[] {200, 200}, List.of("09:00", "09:15")));
        assertThatThrownBy(() -> RequirementBatch.compute(series)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contacts (queue billing, 09:15): '-2' is negative");
        assertThatThrownBy(() -> new RequirementBatch.QueueSeries("billing", c, 900, new double[] {1}, new double[] {1, 2}, null))
                .hasMessage("queue billing: 1 contact values but 2 AHT values");
    }
}
