package dev.frontline.staffing.engine;

import java.util.OptionalDouble;

/**
 * How a real-time (voice or video) queue is sized: Erlang C, or Erlang A when callers abandon with exponential
 * patience of the given mean.
 */
public record VoiceQueue(StaffingModel model, ServiceGoal goal, OptionalDouble patienceSeconds, Shrinkage shrinkage) {

    public VoiceQueue {
        if (model != StaffingModel.ERLANG_C && model != StaffingModel.ERLANG_A) {
            throw new IllegalArgumentException("model: " + model + " is not a voice model; use ERLANG_C or ERLANG_A");
        }
        if (goal == null) {
            throw new IllegalArgumentException("goal: missing");
        }
        patienceSeconds = patienceSeconds == null ? OptionalDouble.empty() : patienceSeconds;
        patienceSeconds.ifPresent(p -> InputCheck.positive("patience (seconds)", p));
        if (model == StaffingModel.ERLANG_A && patienceSeconds.isEmpty()) {
            throw new IllegalArgumentException("patience (seconds): required by Erlang A");
        }
        shrinkage = shrinkage == null ? Shrinkage.NONE : shrinkage;
    }

    public static VoiceQueue erlangC(ServiceGoal goal, Shrinkage shrinkage) {
        return new VoiceQueue(StaffingModel.ERLANG_C, goal, OptionalDouble.empty(), shrinkage);
    }

    public static VoiceQueue erlangA(ServiceGoal goal, double patienceSeconds, Shrinkage shrinkage) {
        return new VoiceQueue(StaffingModel.ERLANG_A, goal, OptionalDouble.of(patienceSeconds), shrinkage);
    }

    /** The figures of this queue's model for a given number of agents. */
    public QueueMetrics metrics(IntervalWorkload workload, int agents) {
        return model == StaffingModel.ERLANG_A
                ? ErlangA.metrics(workload, agents, goal.thresholdSeconds(), patienceSeconds.getAsDouble())
                : ErlangC.metrics(workload, agents, goal.thresholdSeconds());
    }
}
