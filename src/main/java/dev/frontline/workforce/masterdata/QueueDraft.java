package dev.frontline.workforce.masterdata;

import org.hibernate.validator.constraints.Range;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.frontline.db.enums.ChannelType;

/**
 * A queue as the planner edits it. Real-time channels (voice, video, chat) carry a service-level goal of X % in Y s,
 * deferred ones (email, messaging, back office) a response goal in hours; only chat has a concurrency.
 * An empty skill code means the queue's own skill, named like the queue. The constraints are the one statement of
 * the rules (messages in {@code ValidationMessages.properties}); that the code is free is the service's check.
 */
@QueueGoalFitsChannel
public record QueueDraft(
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.LONG_CODE_PATTERN, message = "{queue.error.code}")
        String code,
        @NotBlank(message = "{masterdata.name}") String name,
        @NotNull(message = "{queue.error.channel}") ChannelType channel,
        @NotNull(message = "{masterdata.required}") @Pattern(regexp = Rules.LANGUAGE_PATTERN, message = "{masterdata.language}")
        String language,
        @Pattern(regexp = Rules.OPTIONAL_LONG_CODE_PATTERN, message = "{queue.error.skill}") String skillCode,
        @NotNull(message = "{masterdata.required}") @RegionTimeZone String timeZone,
        @NotNull(message = "{masterdata.required}") @HolidayCalendarCountry String countryCode,
        Double slTargetPercent, Integer slThresholdSeconds, Double responseGoalHours, Integer chatConcurrency,
        @NotNull(message = "{masterdata.required}") @Range(min = 1, max = 10, message = "{queue.error.priority}")
        Integer priority) {

    public static boolean realTime(ChannelType channel) {
        return channel == ChannelType.VOICE || channel == ChannelType.VIDEO || channel == ChannelType.CHAT;
    }
}
