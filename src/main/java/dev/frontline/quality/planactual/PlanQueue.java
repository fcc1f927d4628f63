package dev.frontline.quality.planactual;

import java.time.ZoneId;

import dev.frontline.db.enums.ChannelType;

/** A queue as plan against actual sees it: its name, channel, customers' time zone and today's goal. */
public record PlanQueue(long id, String code, String name, ChannelType channel, String timeZone, Double slTargetPercent,
        Integer slThresholdSeconds, Double responseGoalHours, Integer chatConcurrency) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean deferred() {
        return channel == ChannelType.EMAIL || channel == ChannelType.MESSAGING || channel == ChannelType.BACK_OFFICE;
    }
}
