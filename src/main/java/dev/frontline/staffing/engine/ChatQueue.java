package dev.frontline.staffing.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.frontline.shared.text.Phrase;

/**
 * A chat queue whose agents handle up to {@code maxConcurrency} chats at once. A chat takes longer when its agent
 * juggles others: with j concurrent chats each lasts {@code AHT × (1 + growthPerExtraChat × (j − 1))}, where AHT
 * is the handle time of a chat handled alone.
 *
 * <p>Model ("chat slots"): each agent is {@code k = maxConcurrency} slots, every slot is a server of an M/M/s
 * queue whose handle time is the full-concurrency one, {@code AHT_k = AHT × (1 + g·(k − 1))}. The slot load is
 * {@code λ·AHT_k}; Erlang C gives the fewest slots s* meeting the goal (SL, ASA, slot occupancy), and the agents
 * required are {@code ⌈s* / k⌉}. Assuming every agent runs at full concurrency makes each chat as slow as it can
 * be, so the answer errs on the safe side when queues are short and agents run below k.
 */
public record ChatQueue(ServiceGoal goal, int maxConcurrency, double growthPerExtraChat, Shrinkage shrinkage) {

    public ChatQueue {
        if (goal == null) {
            throw new IllegalArgumentException("goal: missing");
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("max concurrency: '" + maxConcurrency + "' must be at least 1");
        }
        InputCheck.nonNegative("handle time growth per extra chat", growthPerExtraChat);
        shrinkage = shrinkage == null ? Shrinkage.NONE : shrinkage;
    }

    /** Handle time of one chat when its agent runs {@code concurrent} chats at once. */
    public double handleTimeAt(double ahtAloneSeconds, int concurrent) {
        return ahtAloneSeconds * (1 + growthPerExtraChat * (concurrent - 1));
    }

    public StaffingRequirement require(IntervalWorkload chats, String label) {
        double slotAht = handleTimeAt(chats.ahtSeconds(), maxConcurrency);
        IntervalWorkload slotWorkload = new IntervalWorkload(chats.contacts(), chats.periodSeconds(), slotAht);
        int slots = chats.contacts() == 0 ? 0 : VoiceRequirementCalculator.erlangCAgents(goal, slotWorkload, -1);
        int agents = (slots + maxConcurrency - 1) / maxConcurrency;
        QueueMetrics metrics = ErlangC.metrics(slotWorkload, agents * maxConcurrency, goal.thresholdSeconds());
        Shrinkage.ScheduledStaff scheduled = shrinkage.schedule(agents);

        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("chats", chats.contacts());
        inputs.put("periodSeconds", chats.periodSeconds());
        inputs.put("ahtAloneSeconds", chats.ahtSeconds());
        inputs.put("maxConcurrency", maxConcurrency);
        inputs.put("growthPerExtraChat", growthPerExtraChat);
        inputs.put("ahtAtFullConcurrencySeconds", slotAht);
        inputs.put("slotLoadErlangs", slotWorkload.offeredLoad());
        inputs.put("slotsRequired", slots);
        inputs.put("serviceLevelTarget", goal.serviceLevel());
        inputs.put("thresholdSeconds", goal.thresholdSeconds());
        inputs.put("maxOccupancy", goal.maxOccupancy());
        goal.maxAsaSeconds().ifPresent(v -> inputs.put("maxAsaSeconds", v));
        inputs.put("shrinkage", shrinkage.total());
        Phrase formula = Phrase.of("staffing.formula.chat");
        Phrase sentence = Phrase.of("staffing.why.chat", VoiceRequirementCalculator.head(agents, label), maxConcurrency,
                chats.contacts(), VoiceRequirementCalculator.period(chats.periodSeconds()), chats.ahtSeconds(), slotAht,
                slotWorkload.offeredLoad(), slots, goal.phrase(), agents, agents * maxConcurrency,
                metrics.serviceLevel() * 100, metrics.asaSeconds().orElse(0), metrics.occupancy() * 100);
        String binding = agents == 0 ? "none" : goal.firstUnmet(ErlangC.metrics(slotWorkload, slots - 1, goal.thresholdSeconds()))
                .orElse("none");
        return new StaffingRequirement(label == null ? "" : label, agents, metrics, scheduled, binding,
                new Explanation(StaffingModel.CHAT_CONCURRENCY, inputs, formula, sentence));
    }
}
