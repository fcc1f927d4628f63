package dev.frontline.workforce.masterdata;

import dev.frontline.db.enums.ChannelType;

/**
 * A queue as the planner edits it. Real-time channels (voice, video, chat) carry a service-level goal of X % in Y s,
 * deferred ones (email, messaging, back office) a response goal in hours; only chat has a concurrency.
 * An empty skill code means the queue's own skill, named like the queue.
 */
public record QueueDraft(String code, String name, ChannelType channel, String language, String skillCode,
        String timeZone, String countryCode, Double slTargetPercent, Integer slThresholdSeconds,
        Double responseGoalHours, Integer chatConcurrency, Integer priority) {

    public static boolean realTime(ChannelType channel) {
        return channel == ChannelType.VOICE || channel == ChannelType.VIDEO || channel == ChannelType.CHAT;
    }
}
