package dev.frontline.capacity.engine;

import dev.frontline.staffing.engine.ServiceGoal;

import dev.frontline.shared.text.Phrase;

/**
 * How a queue turns workload into agents: Erlang C for voice, chat slots (Erlang C over {@code concurrency} slots per
 * agent, as the staffing engine's {@code ChatQueue}) for chat, and workload hours over the occupancy cap for deferred
 * work (email, back office), whose response goal in hours is shorter than the planning week.
 */
public record QueueModel(Kind kind, ServiceGoal goal, int concurrency) {

    public enum Kind { VOICE, CHAT, DEFERRED }

    public QueueModel {
        if (kind == null || goal == null) {
            throw new CapacityInputException("model", Phrase.of("capacity.input.queue-model"));
        }
        if (concurrency < 1) {
            throw new CapacityInputException("concurrency", Phrase.of("capacity.input.concurrency", concurrency));
        }
    }

    public static QueueModel voice(ServiceGoal goal) {
        return new QueueModel(Kind.VOICE, goal, 1);
    }

    public static QueueModel chat(ServiceGoal goal, int concurrency) {
        return new QueueModel(Kind.CHAT, goal, concurrency);
    }

    /** Deferred work: only the occupancy cap of the goal counts. */
    public static QueueModel deferred(double maxOccupancy) {
        return new QueueModel(Kind.DEFERRED, new ServiceGoal(0, 0, maxOccupancy, null), 1);
    }

    public QueueModel withGoal(ServiceGoal newGoal) {
        return new QueueModel(kind, newGoal, concurrency);
    }
}
