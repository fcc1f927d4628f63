package dev.frontline.staffing.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requirements for many voice queues × intervals at once. Per queue, repeated (contacts, AHT) pairs are answered
 * from a memo, and each search starts from the previous interval's answer, since neighbouring intervals rarely
 * differ by more than a few agents. Only the agent counts are computed up front; {@link Result#requirement} rebuilds
 * the full figures and explanation of any one cell on demand.
 */
public final class RequirementBatch {

    /** One queue's forecast: contacts and AHT per interval, all intervals of the same length. */
    public record QueueSeries(String queueId, VoiceQueue queue, double periodSeconds, double[] contacts, double[] ahtSeconds,
                              List<String> labels) {
        public QueueSeries {
            InputCheck.positive("period (seconds) of queue " + queueId, periodSeconds);
            if (contacts.length != ahtSeconds.length) {
                throw new IllegalArgumentException("queue " + queueId + ": " + contacts.length + " contact values but "
                        + ahtSeconds.length + " AHT values");
            }
            if (labels != null && !labels.isEmpty() && labels.size() != contacts.length) {
                throw new IllegalArgumentException("queue " + queueId + ": " + labels.size() + " labels for "
                        + contacts.length + " intervals");
            }
            labels = labels == null ? List.of() : List.copyOf(labels);
        }

        String label(int interval) {
            return labels.isEmpty() ? "interval " + interval : labels.get(interval);
        }
    }

    /** Agents and scheduled heads per queue (outer index) and interval (inner index). */
    public record Result(List<QueueSeries> series, int[][] agents, double[][] scheduled) {
        /** The full requirement of one cell, with its metrics and explanation. */
        public StaffingRequirement requirement(int queueIndex, int interval) {
            QueueSeries s = series.get(queueIndex);
            IntervalWorkload w = new IntervalWorkload(s.contacts()[interval], s.periodSeconds(), s.ahtSeconds()[interval]);
            return VoiceRequirementCalculator.explain(s.queue(), w, s.label(interval), agents[queueIndex][interval]);
        }
    }

    private record MemoKey(double contacts, double aht) {
    }

    private RequirementBatch() {
    }

    public static Result compute(List<QueueSeries> series) {
        int[][] agents = new int[series.size()][];
        double[][] scheduled = new double[series.size()][];
        for (int q = 0; q < series.size(); q++) {
            QueueSeries s = series.get(q);
            int n = s.contacts().length;
            agents[q] = new int[n];
            scheduled[q] = new double[n];
            Map<MemoKey, Integer> memo = new HashMap<>();
            int previous = -1;
            for (int i = 0; i < n; i++) {
                double contacts = s.contacts()[i];
                double aht = s.ahtSeconds()[i];
                String where = "queue " + s.queueId() + ", " + s.label(i);
                InputCheck.nonNegative("contacts (" + where + ")", contacts);
                InputCheck.positive("AHT (seconds) (" + where + ")", aht);
                int hint = previous;
                int required = memo.computeIfAbsent(new MemoKey(contacts, aht), k -> VoiceRequirementCalculator
                        .requiredAgents(s.queue(), new IntervalWorkload(contacts, s.periodSeconds(), aht), hint));
                agents[q][i] = required;
                scheduled[q][i] = s.queue().shrinkage().schedule(required).roundedToHalf();
                previous = required;
            }
        }
        return new Result(List.copyOf(series), agents, scheduled);
    }
}
