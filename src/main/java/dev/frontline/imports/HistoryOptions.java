package dev.frontline.imports;

import java.time.ZoneId;

/**
 * Options of a history import: the queue every row belongs to (null: each row names its queue), the time zone of
 * local times (null: each queue's own) and the grain in minutes (null: detected per queue from the file).
 */
public record HistoryOptions(String queueCode, ZoneId timeZone, Integer grainMinutes) {

    public static final HistoryOptions NONE = new HistoryOptions(null, null, null);
}
