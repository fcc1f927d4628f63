package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.shared.text.Phrase;

/**
 * The cross-skilling lever: {@code count} voice agents gain the chat queues' skill on {@code from}. They are the
 * longest-serving agents who hold a voice queue and no chat queue (tenure first, then their id, so the same centre
 * always gives the same cohort). From that day each one's time is shared equally over their old queues and the chat
 * queues, as every agent's is; on chat they ramp from {@code rampFrom} to full proficiency over {@code rampWeeks},
 * the onboarding path's nesting.
 */
public final class CrossSkilling {

    private CrossSkilling() {
    }

    public static List<SupplyAgent> apply(List<SupplyAgent> agents, Set<String> voiceQueues, List<String> chatQueues,
            int count, LocalDate from, double rampFrom, int rampWeeks) {
        if (count <= 0) {
            return agents;
        }
        if (chatQueues.isEmpty()) {
            throw new CapacityInputException("crossSkillAgents", Phrase.of("capacity.input.no-chat-queue"));
        }
        Map<String, List<SupplyAgent>> byAgent = new LinkedHashMap<>();
        agents.forEach(a -> byAgent.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a));
        List<String> cohort = byAgent.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(a -> voiceQueues.contains(a.queueCode())))
                .filter(e -> e.getValue().stream().noneMatch(a -> chatQueues.contains(a.queueCode())))
                .sorted(Comparator.comparing((Map.Entry<String, List<SupplyAgent>> e) -> e.getValue().getFirst().hiredOn())
                        .thenComparing(Map.Entry::getKey))
                .limit(count).map(Map.Entry::getKey).toList();
        if (cohort.size() < count) {
            throw new CapacityInputException("crossSkillAgents", Phrase.of("capacity.input.cross-skill-cohort", count, cohort.size()));
        }
        List<SupplyAgent> out = new ArrayList<>();
        byAgent.forEach((id, shares) -> {
            if (!cohort.contains(id)) {
                out.addAll(shares);
                return;
            }
            double total = shares.stream().mapToDouble(SupplyAgent::fte).sum();
            int held = shares.size();
            int after = held + chatQueues.size();
            for (SupplyAgent s : shares) {
                // the share they keep, and the part that moves to chat on the day
                out.add(s.withFte(s.fte() * held / after, null));
                out.add(s.withFte(s.fte() * (after - held) / after, from));
            }
            SupplyAgent first = shares.getFirst();
            for (String chat : chatQueues) {
                out.add(new SupplyAgent(id, chat, first.hiredOn(), total / after, 1.0, from, rampFrom, rampWeeks));
            }
        });
        return out;
    }
}
