package dev.frontline.staffing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChatQueueTest {

    @Test
    void sizesSlotsAtFullConcurrencyHandleTime() {
        // 8 chats/h, 300 s alone, 2 at once with +50 % per extra chat → 450 s per chat, slot load 1 Erlang.
        // Goal 70 % in 45 s. Slots: 2 → SL = 1 − (1/3)·e^(−45/450) = 0.698 (miss); 3 → C = 1/11,
        // SL = 1 − (1/11)·e^(−90/450) = 0.926 (meets). 3 slots → ⌈3/2⌉ = 2 agents, who provide 4 slots.
        ChatQueue chat = new ChatQueue(ServiceGoal.of(70, 45), 2, 0.5, Shrinkage.ofTotalPercent(20));
        assertThat(chat.handleTimeAt(300, 2)).isEqualTo(450);
        StaffingRequirement r = chat.require(new IntervalWorkload(8, 3600, 300), "14:00");
        assertThat(r.agents()).isEqualTo(2);
        assertThat(r.explanation().inputs()).containsEntry("slotsRequired", 3).containsEntry("ahtAtFullConcurrencySeconds", 450.0);
        assertThat(r.metrics().agents()).isEqualTo(4);
        assertThat(r.metrics().occupancy()).isCloseTo(0.25, within(1e-12));
        assertThat(r.scheduled().roundedToHalf()).isEqualTo(2.5);
        assertThat(r.explanation().model()).isEqualTo(StaffingModel.CHAT_CONCURRENCY);
        assertThat(r.explanation().sentence()).startsWith("2 agents at 14:00: chat at up to 2 at once");
    }

    @Test
    void concurrencyOneIsErlangC() {
        IntervalWorkload w = new IntervalWorkload(400, 1800, 257);
        ServiceGoal goal = ServiceGoal.of(80, 20).withMaxOccupancyPercent(85);
        assertThat(new ChatQueue(goal, 1, 0.3, null).require(w, "").agents())
                .isEqualTo(VoiceRequirementCalculator.require(VoiceQueue.erlangC(goal, null), w, "").agents());
    }

    @Test
    void concurrencyHelpsOnlyAsFarAsChatsDoNotSlowDown() {
        IntervalWorkload w = new IntervalWorkload(300, 1800, 600);
        ServiceGoal goal = ServiceGoal.of(80, 60);
        int one = new ChatQueue(goal, 1, 0.25, null).require(w, "").agents();
        int three = new ChatQueue(goal, 3, 0.25, null).require(w, "").agents();
        int threeNoGain = new ChatQueue(goal, 3, 1.0, null).require(w, "").agents();
        assertThat(three).isLessThan(one);
        // g = 1: three chats take three times as long, so an agent's throughput is that of one chat at a time; only
        // the larger pool of slots still helps a little.
        assertThat(threeNoGain).isBetween(one - 3, one);
        assertThat(new ChatQueue(goal, 3, 0.25, null).require(new IntervalWorkload(0, 1800, 600), "").agents()).isZero();
    }

    @Test
    void rejectsBadConcurrency() {
        assertThatThrownBy(() -> new ChatQueue(ServiceGoal.of(80, 60), 0, 0.2, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max concurrency: '0' must be at least 1");
        assertThatThrownBy(() -> new ChatQueue(ServiceGoal.of(80, 60), 2, -0.2, null))
                .hasMessage("handle time growth per extra chat: '-0.2' is negative");
    }
}
