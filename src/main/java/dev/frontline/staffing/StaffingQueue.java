package dev.frontline.staffing;

import java.time.ZoneId;

import dev.frontline.db.enums.ChannelType;

/**
 * A queue as staffing sees it: its channel, its customers' time zone and its goal (service level for real-time
 * channels, response time in hours for deferred ones, chats at once for chat).
 */
public record StaffingQueue(long id, String code, String name, ChannelType channel, String timeZone,
                            Double slTargetPercent, Integer slThresholdSeconds, Double responseGoalHours,
                            Integer chatConcurrency, int priority) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isDeferred() {
        return channel == ChannelType.EMAIL || channel == ChannelType.MESSAGING || channel == ChannelType.BACK_OFFICE;
    }

    public boolean isVoiceLike() {
        return channel == ChannelType.VOICE || channel == ChannelType.VIDEO;
    }

    /** The goal in a short, language-neutral notation: "80 % / 20 s" or "12 h". */
    public String goalNotation() {
        return goalNotation(slTargetPercent, slThresholdSeconds, responseGoalHours);
    }

    public static String goalNotation(Double slTargetPercent, Integer slThresholdSeconds, Double responseGoalHours) {
        if (responseGoalHours != null) {
            return trim(responseGoalHours) + " h";
        }
        return trim(slTargetPercent) + " % / " + slThresholdSeconds + " s";
    }

    private static String trim(Double value) {
        return value == null ? "–" : value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
