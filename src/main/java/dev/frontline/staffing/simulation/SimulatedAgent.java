package dev.frontline.staffing.simulation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agent of the simulated centre: proficiency per queue name (greater than 0, at most 1; a proficiency p
 * stretches every handle time to {@code handle time / p}, so 0.8 means 25 % longer) and the intervals worked.
 */
public record SimulatedAgent(String id, Map<String, Double> proficiency, BitSet workingIntervals) {

    public SimulatedAgent {
        if (proficiency == null || proficiency.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + ": no skills");
        }
        proficiency.forEach((queue, p) -> {
            if (p == null || !(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("agent " + id + ", skill " + queue + ": proficiency '" + p
                        + "' must be greater than 0 and at most 1");
            }
        });
        proficiency = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proficiency));
        workingIntervals = (BitSet) workingIntervals.clone();
    }

    /**
     * Agents for a staffing vector: {@code staffing[i]} agents with the given skills work interval i (agent j works
     * every interval whose count exceeds j, so the same people stay on as long as the count allows).
     */
    public static List<SimulatedAgent> fromStaffing(String idPrefix, Map<String, Double> skills, int[] staffing) {
        int max = 0;
        for (int i = 0; i < staffing.length; i++) {
            if (staffing[i] < 0) {
                throw new IllegalArgumentException("staffing: interval " + i + " has a negative agent count " + staffing[i]);
            }
            max = Math.max(max, staffing[i]);
        }
        List<SimulatedAgent> agents = new ArrayList<>(max);
        for (int j = 0; j < max; j++) {
            BitSet working = new BitSet(staffing.length);
            for (int i = 0; i < staffing.length; i++) {
                if (staffing[i] > j) {
                    working.set(i);
                }
            }
            agents.add(new SimulatedAgent(idPrefix + "-" + (j + 1), skills, working));
        }
        return agents;
    }
}
